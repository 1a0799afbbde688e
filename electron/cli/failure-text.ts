// Whatever a command throws, as the one line an operator reads on stderr: never a stack trace.
import { describeSqliteError, StationDbError } from '../main/db/index.ts';
import { shellQuote } from '../main/db/sqlite-problem.ts';

/** What happened and what to do, for an error a command did not handle itself. */
export function failureText(error: unknown, dbFile?: string): string {
  if (error instanceof StationDbError) return oneLine(withRetry(error.message, error.code));
  const sqlite = describeSqliteError(error, dbFile);
  if (sqlite) return oneLine(withRetry(sqlite.message, sqlite.code));
  const fsProblem = fileSystemText(error);
  if (fsProblem) return oneLine(`${fsProblem}, then run the command again`);
  const what = oneLine(error instanceof Error ? error.message : String(error));
  // A thrown message may be anything (a whole response body): a short start of it is enough.
  const cut = what.length > 300 ? `${what.slice(0, 299)}…` : what;
  return `${cut} (if this happens again, report it with the command you ran)`;
}

/** Problems the operator fixes and then simply runs the command again. */
function withRetry(message: string, code: string): string {
  return code === 'db-newer-than-app' || code === 'database-error'
    ? message
    : `${message}, then run the command again`;
}

/** Node's own file errors (creating the station's folder, say), with the path they name. */
function fileSystemText(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const where = typeof path === 'string' ? shellQuote(path) : 'a file of the station';
  switch (code) {
    case 'ENOSPC':
      return `the disk holding ${where} is full: free space on it`;
    case 'EACCES':
    case 'EPERM':
      return `your user may not write ${where}: fix its permissions or choose another place with --db`;
    case 'EROFS':
      return `${where} is on a read-only disk: choose another place with --db`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${where} is in the way of the station's folder: move it, or choose another place with --db`;
    default:
      return undefined;
  }
}

/** One terminal line: no line breaks or other control characters. */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
