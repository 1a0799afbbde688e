// The renderers' own check that text is only text (defence in depth behind labelText in
// shared/domain/label/label-text.ts): a control or invisible format character that still reaches a
// renderer is printed as a visible "?", never as a byte the printer could read as a command.

const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'gu');

export const REPLACEMENT = '?';

export function isUnprintable(char: string): boolean {
  return UNPRINTABLE.test(char);
}

/** `text` with every control and format character replaced by "?". */
export function withoutControls(text: string): string {
  return text.replace(UNPRINTABLE_ALL, REPLACEMENT);
}

/** How a replaced character is named in a job's notes: U+001B, never the character itself. */
export function describeChar(char: string): string {
  return isUnprintable(char)
    ? `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    : char;
}
