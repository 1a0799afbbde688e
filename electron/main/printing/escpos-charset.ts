// Which characters a receipt printer can print, asked of node-thermal-printer itself: it encodes each
// character in the active code page or switches to another page that has it. We accept only
// single-byte pages ESC/POS and Star printers commonly carry; anything else degrades visibly and is
// reported: "…" → "...", dashes and quotes → ASCII, accented letters → the bare letter (ș → s),
// the rest → "?". A control or format character is never printable, and neither is anything a code
// page would send as a byte below 0x20 or DEL: text must not become an ESC/POS or Star command.
import { BreakLine, type CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { CODE_PAGES, type CodePage } from '../../../shared/ipc/printing.ts';
import { describeChar, isUnprintable, REPLACEMENT } from './control-characters.ts';

export type PrinterType = 'epson' | 'star';

const ASCII_FALLBACK: Readonly<Record<string, string>> = {
  '\u2026': '...',
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00a0': ' ',
  '\u2022': '*',
};

export function newThermalPrinter(type: PrinterType, codePage: CodePage): ThermalPrinter {
  return new ThermalPrinter({
    type: type === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
    // No interface: the buffer is built here and sent by a driver.
    interface: '',
    characterSet: codePage as CharacterSet,
    removeSpecialCharacters: false,
    breakLine: BreakLine.NONE,
  });
}

export interface CharFilter {
  /** `text` with every character the printer cannot print replaced (see the file comment). */
  filter(text: string): string;
  /** The characters replaced so far, once each. */
  replaced(): string[];
}

export function charFilter(type: PrinterType, codePage: CodePage): CharFilter {
  const probe = newThermalPrinter(type, codePage);
  const prefix = probe.getBuffer().length;
  // The command that selects each accepted page on this printer type.
  const switches = CODE_PAGES.map((page) => newThermalPrinter(type, page).getBuffer());
  const known = new Map<string, boolean>();
  const replaced = new Set<string>();

  const printable = (char: string): boolean => {
    if (/^[\x20-\x7e]$/.test(char)) return true;
    if (isUnprintable(char)) return false;
    const cached = known.get(char);
    if (cached !== undefined) return cached;
    let ok: boolean;
    try {
      probe.clear();
      probe.append(char);
      const out = probe.getBuffer().subarray(prefix);
      const glyph = out.at(-1) ?? 0;
      ok =
        glyph >= 0x20 &&
        glyph !== 0x7f &&
        (out.length === 1
          ? glyph !== 0x3f
          : switches.some((cmd) => out.length === cmd.length + 1 && out.subarray(0, cmd.length).equals(cmd)));
    } catch {
      ok = false;
    }
    known.set(char, ok);
    return ok;
  };

  const substitute = (char: string): string => {
    if (isUnprintable(char)) return REPLACEMENT;
    const ascii = ASCII_FALLBACK[char];
    if (ascii !== undefined) return ascii;
    const bare = char.normalize('NFKD').replace(/\p{M}/gu, '');
    return bare !== '' && [...bare].every(printable) ? bare : '?';
  };

  return {
    filter(text) {
      let out = '';
      for (const char of text) {
        if (printable(char)) {
          out += char;
        } else {
          replaced.add(char);
          out += substitute(char);
        }
      }
      return out;
    },
    replaced: () => [...replaced].map(describeChar),
  };
}
