// Counts in CLI output read as English: '1 order', '2 orders'.

/** '1 entry', '3 entries': the plural is the singular plus s unless given. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
