// A SQLite failure in words an operator can act on. better-sqlite3 throws SqliteError with a `code`
// such as SQLITE_FULL or SQLITE_BUSY_SNAPSHOT; the extended codes share the primary code's prefix.

const WORDS: readonly [prefix: string, words: (where: string) => string][] = [
  [
    'SQLITE_FULL',
    (where) => `The disk holding ${where} is full: free some space; the station carries on by itself.`,
  ],
  [
    'SQLITE_BUSY',
    (where) =>
      `${where} is locked by another program (another station process or a backup): close it; the station carries on by itself.`,
  ],
  [
    'SQLITE_LOCKED',
    (where) => `${where} is locked by another program: close it; the station carries on by itself.`,
  ],
  [
    'SQLITE_IOERR',
    (where) =>
      `The disk holding ${where} cannot be read or written (I/O error): check the disk and free space.`,
  ],
  [
    'SQLITE_READONLY',
    (where) => `${where} cannot be written (read-only): check its permissions and the disk.`,
  ],
  [
    'SQLITE_CORRUPT',
    (where) => `${where} is damaged: stop the station and restore the last backup, or move the file aside.`,
  ],
  [
    'SQLITE_NOTADB',
    (where) => `${where} is not a station database: restore the last backup, or move the file aside.`,
  ],
  [
    'SQLITE_CANTOPEN',
    (where) => `${where} cannot be opened: check that its folder exists and may be written.`,
  ],
  ['SQLITE_PERM', (where) => `${where} may not be written (permissions): check who owns it.`],
];

/** The operator's words for a SQLite error, or null when `error` is not one. */
export function describeSqliteError(error: unknown, file?: string): { code: string; message: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const where = file ? `the station database ${file}` : 'the station database';
  const match = WORDS.find(([prefix]) => code === prefix || code.startsWith(`${prefix}_`));
  const message = match
    ? capitalize(match[1](where))
    : `${capitalize(where)} reported ${code}: check the disk; the station carries on by itself once it can.`;
  return { code, message };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
