// Links are stored as paths and made absolute on the way out, against the listen URL: the data set
// does not need to know which port the simulator got.

export function absoluteHrefs(origin: string): (key: string, value: unknown) => unknown {
  return (key, value) =>
    key === 'href' && typeof value === 'string' && value.startsWith('/') ? origin + value : value;
}

/** A deep copy of `value` with absolute links, exactly as the wire carries it. */
export function withAbsoluteHrefs<T>(value: T, origin: string): T {
  return JSON.parse(JSON.stringify(value, absoluteHrefs(origin))) as T;
}
