// The label of a box of a shipment, read back by tools we did not write: the PDF's text by pdftotext
// (the box line, "Package 1/1"), its barcode by zbarimg and ZXing (the first order's PSO<id>, which
// scan-to-open accepts), the ZPL through Zebrash, and the receipt printers' bytes by our own strict
// tokenizer: every target prints the line.
import { describe, expect, test } from 'vitest';
import { toEscPos, toStar } from '../../../electron/main/printing/escpos.ts';
import { toPdf } from '../../../electron/main/printing/pdf.ts';
import { escapeField, toZpl } from '../../../electron/main/printing/zpl.ts';
import type { LabelContext } from '../../../shared/domain/label/label-context.ts';
import type { Dpi, MediaId } from '../../../shared/domain/label/media.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { labelBarcode, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import { textsOf } from '../../shared/label/layout-checks.ts';
import { plainOrder, SHIP_FROM } from '../../shared/label/orders.ts';
import { decodeCode128, pdfToPngs, pdfToText, renderZpl, zbarCode128 } from './external-tools.ts';
import { type Dialect, tokenize } from './receipt-commands.ts';

const BOX = { salesOrderNumber: 'SO-2026-0042', orderIds: [101, 102, 103] };
const LINE = 'SO-2026-0042 · 3 orders in this box: 101, 102, 103';
const ctx = (media: MediaId, dpi: Dpi): LabelContext => ({
  media,
  dpi,
  shipFrom: SHIP_FROM,
  date: '2026-03-02',
  box: BOX,
});

/** pdftotext -layout pads columns with spaces and may break the line where the layout wrapped it. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('a box label in every output', () => {
  const PDF_MEDIA: [MediaId, Dpi][] = [
    ['label-4x6', 203],
    ['a4', 300],
    ['roll-62mm', 203],
  ];
  for (const [media, dpi] of PDF_MEDIA) {
    test(`PDF on ${media}: pdftotext reads the box line and the package, zbarimg the first order`, async () => {
      const order = plainOrder();
      const pdf = await toPdf(layoutShippingLabel(order, ctx(media, dpi)));
      const text = words(await pdfToText(pdf));
      expect(text).toContain(LINE);
      expect(text).toContain('Package 1/1');
      expect(text).toContain('Order SO-2026-0042');
      const [page] = await pdfToPngs(pdf, dpi);
      const png = page ?? Buffer.alloc(0);
      expect(await zbarCode128(png)).toEqual([labelBarcode(order.id)]);
      expect(await decodeCode128(png)).toEqual([labelBarcode(order.id)]);
      expect(parseOrderCode(labelBarcode(order.id))).toEqual({ kind: 'label', orderId: order.id });
    });
  }

  test('ZPL carries the box line as one field block; Zebrash draws it with a barcode zbar reads', async () => {
    const order = plainOrder();
    const layout = layoutShippingLabel(order, ctx('label-4x6', 203));
    const zpl = toZpl(layout);
    const [line] = textsOf(layout, 'box');
    expect(line?.lines.join(' ')).toBe(LINE);
    expect(zpl).toContain(`^FD${(line?.lines ?? []).map(escapeField).join('\\&')}^FS`);
    const png = await renderZpl(zpl, layout, layout.pages[0]?.lengthDots ?? 0);
    expect(await zbarCode128(png)).toEqual([labelBarcode(order.id)]);
  });

  for (const dialect of ['epson', 'star'] as const satisfies readonly Dialect[]) {
    for (const media of ['roll-62mm', 'roll-80mm'] as const) {
      test(`${dialect} bytes on ${media} print every line of the box line, and nothing unknown`, () => {
        const layout = layoutShippingLabel(plainOrder(), ctx(media, 203));
        const render = dialect === 'epson' ? toEscPos : toStar;
        const tokens = tokenize(render(layout).bytes, dialect);
        expect(tokens.filter((token) => token.kind === 'unknown')).toEqual([]);
        const printed = words(
          tokens
            .flatMap((token) => (token.kind === 'text' ? [Buffer.from(token.bytes).toString('latin1')] : []))
            .join(' '),
        );
        const lines = textsOf(layout, 'box')[0]?.lines ?? [];
        expect(lines.join(' ')).toBe(LINE);
        // The middle dot is the code page's own (0xFA in CP437 and CP858), never a "?" stand-in.
        expect(printed).toContain('SO-2026-0042 \u00fa 3 orders');
        // Everything around it is ASCII.
        for (const part of lines
          .flatMap((l) => l.split('·'))
          .map((p) => p.trim())
          .filter((p) => p !== '')) {
          expect(printed).toContain(part);
        }
      });
    }
  }
});
