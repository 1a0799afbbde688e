// A keyboard-wedge scanner sends key positions, not characters: when it is set to another keyboard
// layout than the PC, "PSO123" arrives as "PSO&é"" (US scanner, French PC) or "PSO!@#" (French
// scanner, US PC). This spots the common cases so setup can tell the operator what to change.

export type LayoutMismatchKind =
  | 'qwerty-scanner-azerty-pc'
  | 'azerty-scanner-qwerty-pc'
  | 'qwerty-scanner-qwertz-pc'
  | 'qwertz-scanner-qwerty-pc';

export type LayoutCheck =
  | { mismatch: false; message: null }
  | {
      mismatch: true;
      kind: LayoutMismatchKind;
      /** The code as the scanner meant it. */
      decoded: string;
      message: string;
    };

interface LayoutTable {
  kind: LayoutMismatchKind;
  /** Characters as they arrive on the PC… */
  shown: string;
  /** …and what the scanner meant by each (same position). */
  meant: string;
  /** Arrivals of the digit row: the usual evidence, since most codes carry digits. */
  digitSymbols: string;
  /** Characters that never appear in a barcode: proof on their own. */
  giveaways: string;
  message: string;
}

const FIX =
  'Set the scanner to the keyboard layout of this PC (see the "keyboard country" codes in its manual).';

export const LAYOUT_TABLES: readonly LayoutTable[] = [
  {
    kind: 'qwerty-scanner-azerty-pc',
    shown: '&é"\'(-è_çàqaQAzwZW,?)m',
    meant: '1234567890aqAQwzWZmM-;',
    digitSymbols: '&é"\'(-è_çà',
    giveaways: 'éèçà',
    message: `Digits arrive as &é"'(-è_çà instead of 1234567890: the scanner types for a QWERTY keyboard but this PC uses AZERTY. ${FIX}`,
  },
  {
    kind: 'azerty-scanner-qwerty-pc',
    shown: '!@#$%^&*()qaQAzwZW;:6',
    meant: '1234567890aqAQwzWZmM-',
    digitSymbols: '!@#$%^&*()',
    giveaways: '',
    message: `Digits arrive as !@#$%^&*() instead of 1234567890: the scanner types for an AZERTY keyboard but this PC uses QWERTY. ${FIX}`,
  },
  {
    kind: 'qwerty-scanner-qwertz-pc',
    shown: 'zyZYß',
    meant: 'yzYZ-',
    digitSymbols: '',
    giveaways: 'ß',
    message: `Y and Z are swapped and "-" arrives as "ß": the scanner types for a US keyboard but this PC uses a German (QWERTZ) layout. ${FIX}`,
  },
  {
    kind: 'qwertz-scanner-qwerty-pc',
    shown: 'zyZY/',
    meant: 'yzYZ-',
    digitSymbols: '',
    giveaways: '',
    message: `Y and Z are swapped: the scanner types for a German (QWERTZ) keyboard but this PC uses a US layout. ${FIX}`,
  },
];

/** Enough digit-row symbols, and no digit, to say digits were garbled rather than the code has symbols. */
const MIN_DIGIT_SYMBOLS = 2;

/**
 * Does `code` look like a scan through the wrong keyboard layout? With `expected` (the test barcode's
 * known content) every table is tried; without it only codes with unmistakable evidence are flagged.
 */
export function detectLayoutMismatch(code: string, expected?: string): LayoutCheck {
  if (expected !== undefined && code === expected) return { mismatch: false, message: null };
  const explained =
    expected === undefined ? undefined : LAYOUT_TABLES.find((t) => decode(code, t) === expected);
  const table = explained ?? mostLikely(code);
  if (table === undefined) return { mismatch: false, message: null };
  return { mismatch: true, kind: table.kind, decoded: decode(code, table), message: table.message };
}

function mostLikely(code: string): LayoutTable | undefined {
  const chars = [...code];
  const proof = LAYOUT_TABLES.find((table) => chars.some((c) => table.giveaways.includes(c)));
  if (proof !== undefined || chars.some((c) => c >= '0' && c <= '9')) return proof;
  let best: { table: LayoutTable; score: number } | undefined;
  for (const table of LAYOUT_TABLES) {
    const score = chars.filter((c) => table.digitSymbols.includes(c)).length;
    if (score >= MIN_DIGIT_SYMBOLS && score > (best?.score ?? 0)) best = { table, score };
  }
  return best?.table;
}

function decode(code: string, table: LayoutTable): string {
  const shown = [...table.shown];
  const meant = [...table.meant];
  return [...code].map((c) => meant[shown.indexOf(c)] ?? c).join('');
}
