// What a failing SQLite call means for the operator: the CLI prints it, the station's shells show it
// and the sync engine raises it as a station alert. Each message says what happened, then (after a
// colon) what to do; the caller adds how to carry on ("then run the command again").
import { dirname } from 'node:path';

export type SqliteProblemCode =
  | 'disk-full'
  | 'disk-error'
  | 'busy'
  | 'read-only'
  | 'corrupt'
  | 'cannot-open'
  | 'out-of-memory'
  | 'database-error';

export interface SqliteProblem {
  code: SqliteProblemCode;
  message: string;
}

/** The operator's words for an error thrown by better-sqlite3, or null if it is not one. */
export function describeSqliteError(error: unknown, file?: string): SqliteProblem | null {
  const code = sqliteCode(error);
  if (code === undefined) return null;
  const db = file === undefined ? 'the station database' : `the station database ${shellQuote(file)}`;
  const disk =
    file === undefined
      ? 'the disk holding the station database'
      : `the disk holding ${shellQuote(dirname(file))}`;
  // SQLite grows the shared-memory index of a WAL database by writing to it: that fails when full.
  if (code.startsWith('SQLITE_FULL') || code === 'SQLITE_IOERR_SHMSIZE') {
    return { code: 'disk-full', message: `${disk} is full: free space on it` };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'SQLITE_PROTOCOL') {
    return {
      code: 'busy',
      message: `${db} is locked by another program (the station app or another station command): wait for it to finish or close it`,
    };
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return {
      code: 'read-only',
      message: `${db} cannot be written: give your user write access to the file and its folder, and check that the disk is not mounted read-only`,
    };
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return { code: 'corrupt', message: corruptMessage(file, [], code === 'SQLITE_NOTADB') };
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return {
      code: 'disk-error',
      message: `${disk} failed to read or write (${code}): check the disk and that it is still connected`,
    };
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return {
      code: 'cannot-open',
      message: `${db} cannot be opened: check that its folder exists and that your user may write to it`,
    };
  }
  if (code === 'SQLITE_NOMEM') {
    return { code: 'out-of-memory', message: 'this computer ran out of memory: close other programs' };
  }
  return {
    code: 'database-error',
    message: `${db} failed (${code}: ${oneLine(error instanceof Error ? error.message : '')}): if it happens again, report it with this message`,
  };
}

/**
 * A damaged station database (or a file that is none) and the way out. `companions` are the -wal
 * and -shm files next to it: they belong to the damaged file and must move with it, or SQLite would
 * replay the old write-ahead log into the fresh database.
 */
export function corruptMessage(
  file: string | undefined,
  companions: readonly string[],
  notADatabase = false,
): string {
  const what = notADatabase ? 'is not a database (a wrong file, or damaged beyond repair)' : 'is damaged';
  const outcome =
    'so the station starts with an empty one and pulls the open orders again (queued changes not yet sent are lost)';
  if (file === undefined) {
    return `the station database ${what}: restore it from a backup, or move it aside ${outcome}`;
  }
  const moves = [file, ...companions].map((f) => `mv ${shellQuote(f)} ${shellQuote(`${f}.damaged`)}`);
  return `the station database ${shellQuote(file)} ${what}: restore it from a backup, or move it aside with \`${moves.join(' && ')}\` ${outcome}`;
}

/** SQLite's own code of an error thrown by better-sqlite3 ('SQLITE_FULL'), if it is one. */
export function sqliteCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** Characters a terminal would not show as themselves: controls, C1 controls, bidi and other format marks. */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * A word the shell reads back as exactly `text` (unshowable characters as bash $'…' escapes), so a
 * path in a message is never ambiguous and a command in it can be pasted as it is.
 */
export function shellQuote(text: string): string {
  if (/^[\w./@%+=:,-]+$/.test(text)) return text;
  if (!UNSHOWABLE.test(text)) return `'${text.replaceAll("'", `'\\''`)}'`;
  const escaped = [...text]
    .map((ch) => {
      if (ch === '\\' || ch === "'") return `\\${ch}`;
      if (!UNSHOWABLE.test(ch)) return ch;
      const c = ch.codePointAt(0) ?? 0;
      // \x is a byte to bash: only ASCII is written that way, the rest as code points.
      if (c < 0x80) return `\\x${c.toString(16).padStart(2, '0')}`;
      return c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
    })
    .join('');
  return `$'${escaped}'`;
}

/** The first line of a message, cut to a length that fits a terminal line or an alert. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  const line = (text.split(/\r?\n/)[0] ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
