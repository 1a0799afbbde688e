// What `station sales-order` and `station customer` print: labelled lines for people, and the sales
// client's failures in the CLI's words.
import type { ApiError } from '../main/api/index.ts';
import { apiProblemText } from './api-text.ts';
import { type CliContext, type Command, writeLine } from './command.ts';
import type { ApiConfig } from './config.ts';

/** `--help` or `-h` anywhere: the command's usage and what it does, on stdout. */
export function printedHelp(argv: readonly string[], ctx: CliContext, command: Command): boolean {
  if (!argv.includes('--help') && !argv.includes('-h')) return false;
  writeLine(
    ctx.stdout,
    `usage: ${command.usage}
  ${command.summary}`,
  );
  return true;
}

/** Label and value lines, the labels padded to one column; empty values are left out. */
export function fieldLines(fields: readonly (readonly [string, string | null | undefined])[]): string {
  const shown = fields.filter(([, value]) => value !== null && value !== undefined && value !== '');
  const width = Math.max(...shown.map(([label]) => label.length)) + 2;
  return shown.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`).join('\n');
}

/**
 * A 403 that the list probe found to be the station's (kind unauthorized, status 403) is about the
 * key's rights, not a wrong key: its own message says so. Everything else as `station orders` says it.
 */
export function salesProblemText(error: ApiError, config: ApiConfig): string {
  if (error.kind === 'unauthorized' && error.status === 403) return error.message;
  return apiProblemText(error, config);
}

export function personName(person: { firstName?: string | null; lastName?: string | null }): string {
  return [person.firstName, person.lastName].filter(Boolean).join(' ');
}
