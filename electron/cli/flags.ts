import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Positionals typed as string[]: empty at run time unless the command allows them. */
export type ParsedFlags<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>;

/** Strict flag parsing: an unknown flag or a missing value is an error message, not an exception. */
export function parseFlags<O extends Options>(
  argv: string[],
  options: O,
  allowPositionals = false,
): { ok: true; flags: ParsedFlags<O> } | { ok: false; message: string } {
  try {
    return {
      ok: true,
      flags: parseArgs({ args: argv, options, strict: true, allowPositionals }) as ParsedFlags<O>,
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** A whole number flag within bounds, or an error message naming the flag. */
export function intFlag(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined | string {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) return `--${name} must be a whole number, got '${value}'`;
  const n = Number(value);
  if (n < min || n > max) return `--${name} must be between ${min} and ${max}, got ${n}`;
  return n;
}

/** A flag that may repeat and may hold comma-separated values. */
export function listFlag(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** An order id argument: a positive whole number, or an error message. */
export function orderIdArg(text: string): number | string {
  const orderId = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(orderId) || orderId < 1) {
    return `the order id must be a positive whole number, got '${text}'`;
  }
  return orderId;
}
