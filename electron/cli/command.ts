// The command layer of the `station` CLI: each command is a small module with its own flags.
import type { Writable } from 'node:stream';

/** What a command can touch: its streams, environment and a signal that ends long-running work. */
export interface CliContext {
  stdout: Writable;
  stderr: Writable;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
}

/** Documented exit codes (README "CLI"). */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  /** `sync --until-empty` stopped (timeout, interrupt) with changes still to send. */
  unfinished: 3,
} as const;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], ctx: CliContext): Promise<number>;
}

export function writeLine(stream: Writable, text: string): void {
  stream.write(`${text}\n`);
}

/** A usage or configuration error: says what is wrong and how to call the command right. */
export function usageError(ctx: CliContext, command: Command, message: string): number {
  writeLine(ctx.stderr, `station ${command.name}: ${message}`);
  writeLine(ctx.stderr, `usage: ${command.usage}`);
  return EXIT.usage;
}
