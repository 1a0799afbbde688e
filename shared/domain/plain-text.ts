// Text from outside (an API, a scan, a file) is data. Control characters (C0, C1: `\p{Cc}`) and
// Unicode format characters (`\p{Cf}`: zero-width, bidi overrides, soft hyphen, BOM) carry no
// meaning a warehouse needs, and downstream they can act as commands: ESC/POS `GS V` cuts the
// paper, bidi overrides make an address read differently on screen than it prints.

// A terminal escape sequence goes whole (CSI `ESC [ 2 J`, OSC `ESC ] … BEL`): dropping only its ESC
// would leave "[2J" as text on the screen and the slip. After a lone ESC (`ESC @`) the letter stays.
const ESC = String.fromCharCode(0x1b);
const BEL = String.fromCharCode(0x07);
const ESCAPE_SEQUENCES = new RegExp(
  `${ESC}(?:\\[[0-?]*[ -/]*[@-~]|\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)?)`,
  'g',
);
const CONTROLS_EXCEPT_NEWLINE = /(?!\n)[\p{Cc}\p{Cf}]/gu;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

const ANY_TO_CLEAN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** Removes controls and format characters; line breaks become `\n`, tabs a space. */
export function plainText(text: string): string {
  // Nearly every text is clean already: one scan, and it is returned as it is.
  if (!ANY_TO_CLEAN.test(text)) return text;
  return text
    .replace(ESCAPE_SEQUENCES, '')
    .replace(LINE_BREAKS, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROLS_EXCEPT_NEWLINE, '');
}

/** One line of plain text: like plainText, with every line break turned into a space. */
export function plainLine(text: string): string {
  return plainText(text).replace(/\n/g, ' ');
}

/** Whether `text` holds anything plainText would change. */
export function hasControls(text: string): boolean {
  return plainText(text) !== text;
}
