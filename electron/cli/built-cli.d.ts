/** The built CLI's entry (out/cli/station.js under root) when no source it was built from is newer. */
export function currentBuiltCli(root: string): string | undefined;
