// A strict reader of receipt-printer byte streams, written for the tests from the Epson ESC/POS
// Command Reference and the Star Line Mode Command Specifications, independently of our generator
// (node-thermal-printer): npm has encoders for these languages but no parser. It splits the bytes
// into printed text and commands and names every command it finds. A byte below 0x20 (or DEL) that
// does not start a command it knows is reported as `unknown`: whatever printer-side meaning it has,
// it did not come from our renderer on purpose.

export type Dialect = 'epson' | 'star';

export type Token =
  | { kind: 'text'; bytes: number[] }
  | { kind: 'command'; name: string; bytes: number[] }
  | { kind: 'unknown'; bytes: number[] };

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const RS = 0x1e;
const NUL = 0x00;

/** A command's length from its first bytes: a number, or a function of the bytes from the start. */
type Length = number | ((bytes: Uint8Array, at: number) => number | null);

interface Spec {
  /** The bytes after the introducer (ESC, GS, …) that select the command. */
  code: number[];
  name: string;
  length: Length;
}

const c = (char: string) => char.charCodeAt(0);
/** nL nH after `offset` bytes: a count of data bytes that follows. */
const countAt =
  (offset: number, header: number) =>
  (bytes: Uint8Array, at: number): number | null => {
    const low = bytes[at + offset];
    const high = bytes[at + offset + 1];
    return low === undefined || high === undefined ? null : header + low + 256 * high;
  };
/** Data up to and including a terminator byte. */
const until =
  (terminator: number, from: number) =>
  (bytes: Uint8Array, at: number): number | null => {
    const end = bytes.indexOf(terminator, at + from);
    return end < 0 ? null : end - at + 1;
  };

/** Epson ESC/POS, the commands of the TM series references (ESC, GS, FS and DLE families). */
const EPSON: Spec[] = [
  { code: [ESC, c('@')], name: 'ESC @ initialize', length: 2 },
  { code: [ESC, c('!')], name: 'ESC ! print mode', length: 3 },
  { code: [ESC, c('-')], name: 'ESC - underline', length: 3 },
  { code: [ESC, c('E')], name: 'ESC E emphasized', length: 3 },
  { code: [ESC, c('G')], name: 'ESC G double-strike', length: 3 },
  { code: [ESC, c('M')], name: 'ESC M font', length: 3 },
  { code: [ESC, c('R')], name: 'ESC R international set', length: 3 },
  { code: [ESC, c('V')], name: 'ESC V rotate', length: 3 },
  { code: [ESC, c('a')], name: 'ESC a justify', length: 3 },
  { code: [ESC, c('d')], name: 'ESC d feed lines', length: 3 },
  { code: [ESC, c('e')], name: 'ESC e reverse feed', length: 3 },
  { code: [ESC, c('J')], name: 'ESC J feed dots', length: 3 },
  { code: [ESC, c('t')], name: 'ESC t code page', length: 3 },
  { code: [ESC, c('p')], name: 'ESC p drawer pulse', length: 5 },
  { code: [ESC, c('{')], name: 'ESC { upside down', length: 3 },
  { code: [ESC, c('2')], name: 'ESC 2 default line spacing', length: 2 },
  { code: [ESC, c('3')], name: 'ESC 3 line spacing', length: 3 },
  { code: [ESC, c(' ')], name: 'ESC SP character spacing', length: 3 },
  { code: [ESC, c('$')], name: 'ESC $ absolute position', length: 4 },
  { code: [ESC, c('\\')], name: 'ESC \\ relative position', length: 4 },
  { code: [ESC, c('=')], name: 'ESC = select peripheral', length: 3 },
  { code: [ESC, c('c')], name: 'ESC c panel / sensors', length: 4 },
  { code: [ESC, c('i')], name: 'ESC i partial cut', length: 2 },
  { code: [ESC, c('m')], name: 'ESC m partial cut', length: 2 },
  { code: [ESC, c('%')], name: 'ESC % user-defined set', length: 3 },
  { code: [ESC, c('?')], name: 'ESC ? cancel user character', length: 3 },
  { code: [ESC, c('L')], name: 'ESC L page mode', length: 2 },
  { code: [ESC, c('S')], name: 'ESC S standard mode', length: 2 },
  { code: [ESC, c('T')], name: 'ESC T page direction', length: 3 },
  { code: [ESC, c('W')], name: 'ESC W page area', length: 10 },
  { code: [ESC, c('r')], name: 'ESC r color', length: 3 },
  { code: [ESC, c('D')], name: 'ESC D tab positions', length: until(NUL, 2) },
  { code: [ESC, c('*')], name: 'ESC * bit image', length: imageLength },
  { code: [GS, c('!')], name: 'GS ! character size', length: 3 },
  { code: [GS, c('B')], name: 'GS B reverse', length: 3 },
  { code: [GS, c('H')], name: 'GS H HRI position', length: 3 },
  { code: [GS, c('f')], name: 'GS f HRI font', length: 3 },
  { code: [GS, c('h')], name: 'GS h barcode height', length: 3 },
  { code: [GS, c('w')], name: 'GS w barcode width', length: 3 },
  { code: [GS, c('k')], name: 'GS k barcode', length: barcodeLength },
  { code: [GS, c('V')], name: 'GS V cut', length: cutLength },
  { code: [GS, c('L')], name: 'GS L left margin', length: 4 },
  { code: [GS, c('W')], name: 'GS W print area width', length: 4 },
  { code: [GS, c('$')], name: 'GS $ vertical position', length: 4 },
  { code: [GS, c('\\')], name: 'GS \\ relative vertical position', length: 4 },
  { code: [GS, c('a')], name: 'GS a status back', length: 3 },
  { code: [GS, c('r')], name: 'GS r status', length: 3 },
  { code: [GS, c('I')], name: 'GS I printer id', length: 3 },
  { code: [GS, c('b')], name: 'GS b smoothing', length: 3 },
  { code: [GS, c('P')], name: 'GS P motion units', length: 4 },
  { code: [GS, c('/')], name: 'GS / print downloaded image', length: 3 },
  { code: [GS, c(':')], name: 'GS : macro', length: 2 },
  { code: [GS, c('^')], name: 'GS ^ run macro', length: 5 },
  { code: [GS, c('(')], name: 'GS ( extended function', length: countAt(3, 5) },
  { code: [GS, c('8')], name: 'GS 8 extended function', length: longCount },
  { code: [GS, c('v'), c('0')], name: 'GS v 0 raster image', length: rasterLength },
  { code: [FS, c('&')], name: 'FS & Kanji mode', length: 2 },
  { code: [FS, c('.')], name: 'FS . cancel Kanji mode', length: 2 },
  { code: [FS, c('!')], name: 'FS ! Kanji print mode', length: 3 },
  { code: [FS, c('-')], name: 'FS - Kanji underline', length: 3 },
  { code: [FS, c('C')], name: 'FS C Kanji code system', length: 3 },
  { code: [FS, c('p')], name: 'FS p print NV image', length: 4 },
  { code: [FS, c('(')], name: 'FS ( extended function', length: countAt(3, 5) },
  { code: [DLE, 0x04], name: 'DLE EOT real-time status', length: 3 },
  { code: [DLE, 0x05], name: 'DLE ENQ real-time request', length: 3 },
  { code: [DLE, 0x14], name: 'DLE DC4 real-time command', length: 5 },
  { code: [0x0a], name: 'LF', length: 1 },
  { code: [0x0d], name: 'CR', length: 1 },
  { code: [0x09], name: 'HT', length: 1 },
  { code: [0x0c], name: 'FF', length: 1 },
  { code: [0x18], name: 'CAN', length: 1 },
];

/** Star Line Mode (TSP100/TSP650/mC-Print line mode), per the Star command specification. */
const STAR: Spec[] = [
  { code: [ESC, c('@')], name: 'ESC @ initialize', length: 2 },
  { code: [ESC, GS, c('t')], name: 'ESC GS t code page', length: 4 },
  { code: [ESC, GS, c('a')], name: 'ESC GS a alignment', length: 4 },
  { code: [ESC, GS, c('A')], name: 'ESC GS A absolute position', length: 5 },
  { code: [ESC, GS, c('R')], name: 'ESC GS R relative position', length: 5 },
  { code: [ESC, GS, c('#')], name: 'ESC GS # memory switch', length: 11 },
  { code: [ESC, GS, c('y')], name: 'ESC GS y QR / PDF417', length: starSymbolLength },
  { code: [ESC, GS, c('x')], name: 'ESC GS x PDF417', length: starSymbolLength },
  { code: [ESC, c('i')], name: 'ESC i character expansion', length: 4 },
  { code: [ESC, c('E')], name: 'ESC E emphasis on', length: 2 },
  { code: [ESC, c('F')], name: 'ESC F emphasis off', length: 2 },
  { code: [ESC, c('4')], name: 'ESC 4 highlight on', length: 2 },
  { code: [ESC, c('5')], name: 'ESC 5 highlight off', length: 2 },
  { code: [ESC, c('-')], name: 'ESC - underline', length: 3 },
  { code: [ESC, c('_')], name: 'ESC _ upperline', length: 3 },
  { code: [ESC, c('W')], name: 'ESC W double width', length: 3 },
  { code: [ESC, c('h')], name: 'ESC h double height', length: 3 },
  { code: [ESC, c('b')], name: 'ESC b barcode', length: until(RS, 6) },
  { code: [ESC, c('d')], name: 'ESC d cut', length: 3 },
  { code: [ESC, c('a')], name: 'ESC a feed lines', length: 3 },
  { code: [ESC, c('J')], name: 'ESC J feed n/4 mm', length: 3 },
  { code: [ESC, c('I')], name: 'ESC I feed n/8 mm', length: 3 },
  { code: [ESC, c('z')], name: 'ESC z line spacing', length: 3 },
  { code: [ESC, c('0')], name: 'ESC 0 3 mm line spacing', length: 2 },
  { code: [ESC, c('2')], name: 'ESC 2 line spacing', length: 2 },
  { code: [ESC, c('3')], name: 'ESC 3 line spacing', length: 3 },
  { code: [ESC, c('R')], name: 'ESC R international set', length: 3 },
  { code: [ESC, c('t')], name: 'ESC t code page', length: 3 },
  { code: [ESC, c('l')], name: 'ESC l left margin', length: 3 },
  { code: [ESC, c('Q')], name: 'ESC Q right margin', length: 3 },
  { code: [ESC, c('D')], name: 'ESC D tab positions', length: until(NUL, 2) },
  { code: [ESC, 0x07], name: 'ESC BEL drawer pulse', length: 4 },
  { code: [ESC, 0x06, 0x01], name: 'ESC ACK SOH status', length: 3 },
  { code: [ESC, RS, c('F')], name: 'ESC RS F font', length: 4 },
  { code: [ESC, RS, c('a')], name: 'ESC RS a auto status', length: 4 },
  { code: [ESC, RS, c('E')], name: 'ESC RS E emphasis', length: 4 },
  { code: [ESC, c('*'), c('r')], name: 'ESC * r raster mode', length: until(NUL, 3) },
  { code: [0x0a], name: 'LF', length: 1 },
  { code: [0x0d], name: 'CR', length: 1 },
  { code: [0x09], name: 'HT', length: 1 },
  { code: [0x0b], name: 'VT vertical tab', length: 1 },
  { code: [0x0c], name: 'FF form feed', length: 1 },
  { code: [0x07], name: 'BEL drawer 1', length: 1 },
  { code: [0x1a], name: 'SUB drawer 2', length: 1 },
  { code: [0x18], name: 'CAN', length: 1 },
  { code: [0x0e], name: 'SO expanded', length: 1 },
  { code: [0x14], name: 'DC4 expanded off', length: 1 },
  { code: [0x05], name: 'ENQ status', length: 1 },
  { code: [0x04], name: 'EOT status', length: 1 },
];

function imageLength(bytes: Uint8Array, at: number): number | null {
  const mode = bytes[at + 2];
  const low = bytes[at + 3];
  const high = bytes[at + 4];
  if (mode === undefined || low === undefined || high === undefined) return null;
  return 5 + (low + 256 * high) * (mode >= 32 ? 3 : 1);
}

/** GS k m: m 0…6 data ends with NUL; m 65…73 has a count n. */
function barcodeLength(bytes: Uint8Array, at: number): number | null {
  const m = bytes[at + 2];
  if (m === undefined) return null;
  if (m <= 6) return until(NUL, 3)(bytes, at);
  const n = bytes[at + 3];
  return n === undefined ? null : 4 + n;
}

/** GS V m: m 0, 1, 48, 49 stand alone; 65, 66, 97, 98, 103, 104 take n. */
function cutLength(bytes: Uint8Array, at: number): number | null {
  const m = bytes[at + 2];
  if (m === undefined) return null;
  return [0, 1, 48, 49].includes(m) ? 3 : 4;
}

function longCount(bytes: Uint8Array, at: number): number | null {
  const p = [3, 4, 5, 6].map((offset) => bytes[at + offset]);
  if (p.some((b) => b === undefined)) return null;
  const [p1, p2, p3, p4] = p as number[];
  return 7 + (p1 ?? 0) + 256 * (p2 ?? 0) + 65536 * (p3 ?? 0) + 16777216 * (p4 ?? 0);
}

function rasterLength(bytes: Uint8Array, at: number): number | null {
  const h = [4, 5, 6, 7].map((offset) => bytes[at + offset]);
  if (h.some((b) => b === undefined)) return null;
  const [xL, xH, yL, yH] = h as number[];
  return 8 + ((xL ?? 0) + 256 * (xH ?? 0)) * ((yL ?? 0) + 256 * (yH ?? 0));
}

/** ESC GS y / x: subcommand, then for the data command nL nH and data. */
function starSymbolLength(bytes: Uint8Array, at: number): number | null {
  const sub = bytes[at + 4];
  if (sub === undefined) return null;
  return sub === c('D') ? countAt(6, 8)(bytes, at) : 6;
}

const isControl = (byte: number) => byte < 0x20 || byte === 0x7f;

/** Splits `bytes` into text runs and commands; see the file comment. */
export function tokenize(bytes: Uint8Array, dialect: Dialect): Token[] {
  const specs = dialect === 'epson' ? EPSON : STAR;
  const tokens: Token[] = [];
  let text: number[] = [];
  const flush = () => {
    if (text.length > 0) tokens.push({ kind: 'text', bytes: text });
    text = [];
  };
  for (let at = 0; at < bytes.length; ) {
    const byte = bytes[at] ?? 0;
    if (!isControl(byte)) {
      text.push(byte);
      at++;
      continue;
    }
    flush();
    const spec = specs.find((s) => s.code.every((b, i) => bytes[at + i] === b));
    const length =
      spec === undefined ? null : typeof spec.length === 'number' ? spec.length : spec.length(bytes, at);
    if (!spec || length === null || at + length > bytes.length) {
      tokens.push({ kind: 'unknown', bytes: [byte] });
      at++;
      continue;
    }
    tokens.push({ kind: 'command', name: spec.name, bytes: [...bytes.subarray(at, at + length)] });
    at += length;
  }
  flush();
  return tokens;
}

/** Every command and unknown control byte, one line each: name and bytes in hex. */
export function commandListing(tokens: readonly Token[]): string {
  const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');
  return `${tokens
    .filter((token) => token.kind !== 'text')
    .map((token) =>
      token.kind === 'command' ? `${token.name}: ${hex(token.bytes)}` : `UNKNOWN: ${hex(token.bytes)}`,
    )
    .join('\n')}\n`;
}
