// Text is data, never commands: a hostile order (every C0 and C1 control, invisible format
// characters, live ESC/POS and ZPL commands, HTML, 10 000-character strings) printed on every target.
// The receipt bytes are read back by our own strict tokenizer (receipt-commands.ts, written from the
// Epson and Star references, not from node-thermal-printer): the commands found are exactly the ones
// our renderer emits; the listings are golden files. ZPL is read command by command; PDF and PNG
// are read by poppler and ZXing.
import { describe, expect, test } from 'vitest';
import { toEscPos, toStar } from '../../../electron/main/printing/escpos.ts';
import { toPdf } from '../../../electron/main/printing/pdf.ts';
import { toPng } from '../../../electron/main/printing/png.ts';
import { toZpl } from '../../../electron/main/printing/zpl.ts';
import type { LabelLayout, TextItem } from '../../../shared/domain/label/label-layout.ts';
import type { Dpi, MediaId } from '../../../shared/domain/label/media.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { labelBarcode } from '../../../shared/domain/scan-codes.ts';
import { hostileOrder, SHIP_FROM } from '../../shared/label/orders.ts';
import { decodeCode128, pdfToText } from './external-tools.ts';
import { expectGolden } from './golden.ts';
import { commandListing, type Dialect, type Token, tokenize } from './receipt-commands.ts';

const ctx = (media: MediaId, dpi: Dpi = 203) => ({ media, dpi, shipFrom: SHIP_FROM, date: '2025-11-26' });
const order = hostileOrder();
const code = labelBarcode(order.id);
const DOCUMENTS: [string, (media: MediaId, dpi?: Dpi) => LabelLayout][] = [
  ['label', (media, dpi) => layoutShippingLabel(order, ctx(media, dpi))],
  ['slip', (media, dpi) => layoutPackingSlip(order, ctx(media, dpi))],
];

/** Everything toEscPos sends to an Epson: the commands of escpos.ts and node-thermal-printer's calls. */
const EPSON_COMMANDS = [
  'ESC @ initialize',
  'ESC t code page',
  'GS ! character size',
  'ESC E emphasized',
  'GS B reverse',
  'ESC a justify',
  'GS H HRI position',
  'GS f HRI font',
  'GS w barcode width',
  'GS h barcode height',
  'GS k barcode',
  'ESC d feed lines',
  'GS V cut',
  'LF',
];
/** The same for Star line mode. */
const STAR_COMMANDS = [
  'ESC @ initialize',
  'ESC GS t code page',
  'ESC i character expansion',
  'ESC E emphasis on',
  'ESC F emphasis off',
  'ESC 4 highlight on',
  'ESC 5 highlight off',
  'ESC GS a alignment',
  'ESC b barcode',
  'VT vertical tab',
  'ESC d cut',
  'LF',
];

/** The control and format characters in `text`, except the ones listed (as U+XXXX). */
const controlsIn = (text: string, allowed: string) =>
  [...text.matchAll(/[\p{Cc}\p{Cf}]/gu)]
    .map(([char]) => char)
    .filter((char) => !allowed.includes(char))
    .map((char) => `U+${char.codePointAt(0)?.toString(16).padStart(4, '0')}`);

const named = (tokens: Token[], name: string) =>
  tokens.filter((token) => token.kind === 'command' && token.name === name);

describe('a hostile order on receipt printers', () => {
  const dialects: [Dialect, typeof toEscPos, string[], string, string][] = [
    ['epson', toEscPos, EPSON_COMMANDS, 'GS V cut', 'GS k barcode'],
    ['star', toStar, STAR_COMMANDS, 'ESC d cut', 'ESC b barcode'],
  ];
  for (const [dialect, render, expected, cut, barcode] of dialects) {
    for (const [kind, layoutOf] of DOCUMENTS) {
      test(`${dialect} ${kind}: the only commands in the bytes are our own`, () => {
        const layout = layoutOf('roll-80mm');
        const tokens = tokenize(render(layout).bytes, dialect);
        expect(tokens.filter((token) => token.kind === 'unknown')).toEqual([]);
        const found = new Set(tokens.flatMap((token) => (token.kind === 'command' ? [token.name] : [])));
        expect([...found].sort()).toEqual([...expected].sort());
        // One reset at the start and one code page reselect after each cut; one cut and one barcode per page.
        expect(named(tokens, 'ESC @ initialize')).toHaveLength(1 + layout.pages.length);
        expect(named(tokens, cut)).toHaveLength(layout.pages.length);
        const barcodes = named(tokens, barcode);
        expect(barcodes).toHaveLength(layout.pages.length);
        for (const symbol of barcodes) expect(Buffer.from(symbol.bytes).toString('latin1')).toContain(code);
        expectGolden(`hostile-${kind}-roll-80mm.${dialect}.commands`, commandListing(tokens));
      });
    }
  }

  test('a control character that reaches the renderer prints as "?" and is named in the notes', () => {
    const layout = layoutShippingLabel(order, ctx('roll-62mm'));
    const item = layout.pages[0]?.items.find(
      (it): it is TextItem => it.type === 'text' && it.role === 'ship-to',
    );
    if (!item) throw new Error('the label has no ship-to');
    // As if a layout bug let the raw text through.
    item.lines = ['Cut\u001dV\u0000here\u001bp\u0000\u0019\u00fa\u0085'];
    for (const [dialect, render, expected] of dialects) {
      const out = render(layout);
      const tokens = tokenize(out.bytes, dialect);
      expect(tokens.filter((token) => token.kind === 'unknown')).toEqual([]);
      const found = new Set(tokens.flatMap((token) => (token.kind === 'command' ? [token.name] : [])));
      for (const name of found) expect(expected).toContain(name);
      expect(out.replaced).toEqual(
        expect.arrayContaining(['U+001D', 'U+0000', 'U+001B', 'U+0019', 'U+0085']),
      );
      expect(Buffer.from(out.bytes).toString('latin1')).toContain('Cut?V?here?p??');
    }
  });
});

/** Every ^ or ~ command of a ZPL document, in order (field data can hold neither). */
function zplCommands(zpl: string): string[] {
  return [...zpl.matchAll(/[\^~][A-Z0-9@]{2}/g)].map((match) => match[0]);
}

const ZPL_COMMANDS = [
  '^XA',
  '^CI',
  '^PW',
  '^LL',
  '^LH',
  '^FO',
  '^A0',
  '^FB',
  '^FR',
  '^FH',
  '^FD',
  '^FS',
  '^GB',
  '^BY',
  '^BC',
  '^PQ',
  '^XZ',
];

describe('a hostile order in ZPL', () => {
  for (const [kind, layoutOf] of DOCUMENTS) {
    test(`${kind}: only our commands, field data without prefixes or controls, Zebrash reads the barcode`, async () => {
      const layout = layoutOf('label-4x6');
      const zpl = toZpl(layout);
      // Lines break between commands; nothing else is a control character, raw or as UTF-8 C1.
      expect(controlsIn(zpl, '\n')).toEqual([]);
      const commands = zplCommands(zpl);
      expect([...new Set(commands)].sort()).toEqual([...ZPL_COMMANDS].sort());
      expect(commands.filter((c) => c === '^XA')).toHaveLength(layout.pages.length);
      expect(commands.filter((c) => c === '^XZ')).toHaveLength(layout.pages.length);
      // Our own "\&" (^FB line break) is the only backslash in field data.
      for (const [, data] of zpl.matchAll(/\^FD(.*?)\^FS/gs)) {
        for (const line of (data ?? '').split('\\&')) expect(line).not.toMatch(/[\^~\\]/);
      }
      expectGolden(`hostile-${kind}-label-4x6.zpl.commands`, `${commands.join('\n')}\n`);
      const [first] = await toPng({ ...layout, pages: layout.pages.slice(0, 1) });
      expect(await decodeCode128(first ?? Buffer.alloc(0))).toEqual([code]);
    });
  }
});

describe('a hostile order in PDF and PNG', () => {
  for (const [kind, layoutOf] of DOCUMENTS) {
    test(`${kind} PDF: poppler reads the text as text, HTML and ZPL included, no control character`, async () => {
      const layout = layoutOf('a4');
      const text = await pdfToText(await toPdf(layout));
      expect(controlsIn(text, '\n\f')).toEqual([]);
      expect(text).toContain('Evil Corp');
      expect(text).toContain('<img src=x');
      expect(text).toContain('^XA^FO0,0^FDowned');
    });

    test(`${kind} PNG at 300 dpi: every page renders and the first carries the order barcode`, async () => {
      const layout = layoutOf('label-4x6', 300);
      const pages = await toPng(layout);
      expect(pages).toHaveLength(layout.pages.length);
      expect(await decodeCode128(pages[0] ?? Buffer.alloc(0))).toEqual([code]);
    });
  }
});
