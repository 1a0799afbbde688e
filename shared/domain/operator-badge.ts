// Who is packing: an operator's name as typed or read from a badge. A badge is a barcode that starts
// with the station's badge prefix (a supervisor setting, `OP:` unless changed); the name is what
// follows it. A name is data like any scanned text: controls go, spaces are collapsed.
import { plainLine } from './plain-text.ts';
import { normalizeScan } from './scan-codes.ts';

export const DEFAULT_BADGE_PREFIX = 'OP:';
export const MAX_OPERATOR_NAME = 60;
export const MAX_BADGE_PREFIX = 16;

export type OperatorName =
  | { ok: true; name: string }
  | { ok: false; problem: 'empty' | 'too-long'; message: string };

/** The name as it is recorded: one line, no controls, single spaces, at most MAX_OPERATOR_NAME long. */
export function cleanOperatorName(text: string): OperatorName {
  const name = plainLine(text).normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name === '') {
    return { ok: false, problem: 'empty', message: 'Enter your name or scan your badge to sign in.' };
  }
  if ([...name].length > MAX_OPERATOR_NAME) {
    return {
      ok: false,
      problem: 'too-long',
      message: `A name has at most ${MAX_OPERATOR_NAME} characters: enter a shorter one.`,
    };
  }
  return { ok: true, name };
}

/** Whether a scan is a badge. The prefix is compared without case: a scanner may send it either way. */
export function isBadge(code: string, prefix: string): boolean {
  return prefix !== '' && normalizeScan(code).toLowerCase().startsWith(prefix.toLowerCase());
}

/** The operator a badge names, or why it names nobody. Only for codes `isBadge` accepts. */
export function badgeOperator(code: string, prefix: string): OperatorName {
  const name = cleanOperatorName(normalizeScan(code).slice(prefix.length));
  if (!name.ok && name.problem === 'empty') {
    return { ...name, message: 'This badge holds no name: ask a supervisor for a new badge.' };
  }
  return name;
}

/** Two spellings of one person: a typed "anna" and the badge "Anna" are the same operator. */
export function sameOperator(a: string, b: string): boolean {
  return a !== '' && a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

export type BadgePrefixProblem = 'length' | 'spaces' | 'needs-symbol';

/**
 * Why a badge prefix cannot be used, or null. A badge must not read as a code the station knows
 * otherwise: a symbol in the prefix keeps it apart from order ids, our label barcode (PSO…) and the
 * plain letters-and-digits of most order and part numbers.
 */
export function badgePrefixProblem(prefix: string): BadgePrefixProblem | null {
  const length = [...prefix].length;
  if (length < 2 || length > MAX_BADGE_PREFIX) return 'length';
  if (/[\s\p{Cc}\p{Cf}]/u.test(prefix)) return 'spaces';
  if (/^[\p{L}\p{N}]+$/u.test(prefix)) return 'needs-symbol';
  return null;
}
