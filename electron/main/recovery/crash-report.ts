// Where a crash is written down. One function, so the station's logger takes it over in one place.

export function reportCrash(what: string, error?: unknown): void {
  console.error(`[crash] ${what}`, ...(error === undefined ? [] : [error]));
}
