// One log entry is one line: an ISO time, the level, then the text with every secret redacted.
import { inspect } from 'node:util';
import { redact } from './redact.ts';

export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export function logLine(
  at: Date,
  level: LogLevel,
  parts: readonly unknown[],
  secrets: readonly string[],
): string {
  const text = parts.map(partText).join(' ');
  // A stack trace or a multi-line message stays one entry: `station logs` and grep read lines.
  const oneLine = text.replace(/\r?\n\s*/g, ' ⏎ ');
  return `${at.toISOString()} ${level.toUpperCase().padEnd(5)} ${redact(oneLine, secrets)}`;
}

function partText(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.stack ?? `${part.name}: ${part.message}`;
  return inspect(part, { depth: 4, breakLength: Number.POSITIVE_INFINITY });
}
