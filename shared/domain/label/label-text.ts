// Text from an order is data, never printer commands. Everything a layout prints passes through
// `labelText` first: control characters (C0, DEL, C1: \p{Cc}) become word breaks, invisible format
// characters (zero-width spaces, bidi overrides and isolates, the soft hyphen, the BOM: \p{Cf}) and
// lone surrogates go, white space collapses, and a string longer than any box is clipped with "…".
// The renderers check again (electron/main/printing/control-characters.ts): defence in depth.
import { ELLIPSIS } from './text-metrics.ts';

/** No box on any medium shows more characters than this; longer text is clipped before fitting. */
export const MAX_TEXT_LENGTH = 2_000;

const CONTROL = /\p{Cc}/gu;
const INVISIBLE = /[\p{Cf}\p{Cs}]/gu;

/** The order's text as the layout may print it (see the file comment). */
export function labelText(text: string): string {
  const clean = text
    .normalize('NFC')
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= MAX_TEXT_LENGTH) return clean;
  // Clip by code points, so no surrogate pair is split.
  return `${[...clean].slice(0, MAX_TEXT_LENGTH).join('').trimEnd()}${ELLIPSIS}`;
}
