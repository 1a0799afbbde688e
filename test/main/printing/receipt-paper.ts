// Where a receipt printer puts ink for a byte stream, read with the independent parser in
// receipt-commands.ts and the command references' rules, not with our plan: every printed character
// takes a 12×24-dot cell (font A at 203 dpi) times its magnification (Epson GS !, Star ESC i),
// characters on one line share their baseline, a line feed moves the paper by 1/6 in (34 dots) or by
// the tallest character, a Code 128 in code set B is 11 modules a character plus 35 (start, check
// digit, stop) wide. The preview must have ink in exactly these places.
import { type Dialect, tokenize } from './receipt-commands.ts';

export interface PaperCell {
  x: number;
  y: number;
  width: number;
  height: number;
  /** A character other than a space, or an inverted cell: the printer puts ink here. */
  ink: boolean;
}

export interface PaperBarcode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PaperPage {
  cells: PaperCell[];
  barcodes: PaperBarcode[];
  /** Paper used up to the last line. */
  length: number;
}

const LINE_FEED = 34;

/** The pages of `bytes` on a printer `widthDots` wide; a page ends at each cut. */
export function paperOf(bytes: Uint8Array, dialect: Dialect, widthDots: number): PaperPage[] {
  const pages: PaperPage[] = [];
  let page: PaperPage = { cells: [], barcodes: [], length: 0 };
  let line: PaperCell[] = [];
  let x = 0;
  let magnification = 1;
  let inverse = false;
  let centred = false;
  let barcode = { module: 3, height: 162 };
  const lineFeed = () => {
    const tallest = Math.max(0, ...line.map((cell) => cell.height));
    for (const cell of line) {
      cell.y = page.length + tallest - cell.height;
      page.cells.push(cell);
    }
    page.length += Math.max(LINE_FEED, tallest);
    line = [];
    x = 0;
  };
  const printBarcode = (characters: number) => {
    const width = (11 * characters + 35) * barcode.module;
    const left = centred ? Math.floor((widthDots - width) / 2) : 0;
    page.barcodes.push({ x: left, y: page.length, width, height: barcode.height });
    page.length += barcode.height;
  };
  const cut = () => {
    if (line.length > 0) lineFeed();
    pages.push(page);
    page = { cells: [], barcodes: [], length: 0 };
  };

  for (const token of tokenize(bytes, dialect)) {
    if (token.kind === 'unknown') throw new Error(`unknown control byte ${token.bytes[0]}`);
    if (token.kind === 'text') {
      for (const byte of token.bytes) {
        const size = { width: 12 * magnification, height: 24 * magnification };
        line.push({ x, y: 0, ...size, ink: byte !== 0x20 || inverse });
        x += size.width;
      }
      continue;
    }
    // The bytes after the command's introducer: GS ! n → n is byte 2.
    const byte = (index: number) => token.bytes[index] ?? 0;
    switch (token.name) {
      case 'LF':
        lineFeed();
        break;
      case 'ESC @ initialize':
        magnification = 1;
        inverse = false;
        centred = false;
        break;
      // Epson
      case 'GS ! character size':
        magnification = (byte(2) & 0x0f) + 1;
        if (byte(2) >> 4 !== (byte(2) & 0x0f)) throw new Error('width and height magnified differently');
        break;
      case 'GS B reverse':
        inverse = byte(2) === 1;
        break;
      case 'ESC a justify':
        centred = byte(2) === 1 || byte(2) === 49;
        break;
      case 'GS w barcode width':
        barcode = { ...barcode, module: byte(2) };
        break;
      case 'GS h barcode height':
        barcode = { ...barcode, height: byte(2) };
        break;
      case 'GS k barcode':
        // GS k 73 n "{B" data: n counts the "{B".
        printBarcode(byte(3) - 2);
        break;
      case 'GS V cut':
        cut();
        break;
      // Star
      case 'ESC i character expansion':
        magnification = byte(3) + 1;
        if (byte(2) !== byte(3)) throw new Error('width and height magnified differently');
        break;
      case 'ESC 4 highlight on':
        inverse = true;
        break;
      case 'ESC 5 highlight off':
        inverse = false;
        break;
      case 'ESC GS a alignment':
        centred = byte(3) === 1 || byte(3) === 49;
        break;
      case 'ESC b barcode':
        // ESC b n1 n2 n3 n4 data RS; n3 "1", "2", "3": modules of 2, 3, 4 dots.
        barcode = { module: byte(4) - 0x30 + 1, height: byte(5) };
        printBarcode(token.bytes.length - 7);
        break;
      case 'ESC d cut':
        cut();
        break;
      default:
        // Code pages, emphasis, HRI position and font, feeds before the cut: no ink of their own.
        break;
    }
  }
  if (line.length > 0 || page.cells.length > 0) cut();
  return pages;
}
