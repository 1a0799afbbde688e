// ZPL checked by Zebrash (zpl-renderer-js) and ZXing: every label renders, and its Code 128 decodes to
// labelBarcode(order.id), which scan-to-open reads back as the order.
import { describe, expect, test } from 'vitest';
import { escapeField, toZpl } from '../../../electron/main/printing/zpl.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { joinLayouts, type LabelLayout } from '../../../shared/domain/label/label-layout.ts';
import type { Dpi, MediaId } from '../../../shared/domain/label/media.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { labelBarcode, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import {
  diacriticsOrder,
  longOrder,
  manyLinesOrder,
  plainOrder,
  SHIP_FROM,
  sparseOrder,
} from '../../shared/label/orders.ts';
import { decodeCode128, pngSize, renderZpl } from './external-tools.ts';
import { expectGolden } from './golden.ts';

const label = (order: FulfillmentOrder, media: MediaId, dpi: Dpi) =>
  layoutShippingLabel(order, { media, dpi, shipFrom: SHIP_FROM, date: '2025-11-26' });

/** Renders every format of the ZPL and decodes each page's barcodes. */
async function decodePages(layout: LabelLayout): Promise<string[][]> {
  const formats = toZpl(layout)
    .split('\n^XZ')
    .filter((f) => f.includes('^XA'));
  return Promise.all(
    formats.map(async (format, index) => {
      const png = await renderZpl(`${format}\n^XZ`, layout, layout.pages[index]?.lengthDots ?? 0);
      const size = pngSize(png);
      expect(Math.abs(size.width - layout.widthDots)).toBeLessThanOrEqual(20);
      return decodeCode128(png);
    }),
  );
}

const CASES: [string, () => FulfillmentOrder, MediaId, Dpi][] = [
  ['plain', plainOrder, 'label-4x6', 203],
  ['plain', plainOrder, 'label-4x6', 300],
  ['long', longOrder, 'label-4x6', 203],
  ['long', longOrder, 'roll-62mm', 203],
  ['diacritics', diacriticsOrder, 'label-4x6', 300],
  ['sparse', sparseOrder, 'roll-80mm', 203],
];

describe('ZPL shipping labels', () => {
  for (const [name, make, media, dpi] of CASES) {
    test(`${name} order on ${media} at ${dpi} dpi: golden ZPL, renders, barcode decodes to the order`, async () => {
      const order = make();
      const layout = label(order, media, dpi);
      const zpl = toZpl(layout);
      expectGolden(`label-${name}-${media}-${dpi}.zpl`, zpl);
      const [codes] = await decodePages(layout);
      expect(codes).toEqual([labelBarcode(order.id)]);
      expect(parseOrderCode(codes?.[0] ?? '')).toEqual({ kind: 'label', orderId: order.id });
    });
  }

  test('one format per package, each with its own n/m and the same barcode', async () => {
    const order = plainOrder();
    const layout = joinLayouts(
      [1, 2, 3].map((n) =>
        layoutShippingLabel(order, {
          media: 'label-4x6',
          dpi: 203,
          shipFrom: SHIP_FROM,
          date: '2025-11-26',
          package: { number: n, count: 3 },
        }),
      ),
    );
    const zpl = toZpl(layout);
    expect(zpl.match(/\^XA/g)).toHaveLength(3);
    for (const n of [1, 2, 3]) expect(zpl).toContain(`Package ${n}/3`);
    expect(await decodePages(layout)).toEqual([1, 2, 3].map(() => [labelBarcode(order.id)]));
  });

  test('UTF-8 text with ^CI28: letters from across Europe go in as they are', () => {
    const zpl = toZpl(label(diacriticsOrder(), 'label-4x6', 203));
    expect(zpl.startsWith('^XA\n^CI28\n')).toBe(true);
    for (const text of ['Łukasz Żółć & Søren Ødegård', 'Łódź', 'ulica Świętokrzyska 5'])
      expect(zpl).toContain(text);
  });

  test('characters ZPL would read as commands go in as hex (^FH)', () => {
    expect(escapeField('A^B~C_D\\E')).toBe('A_5EB_7EC_5FD_5CE');
    const order = plainOrder();
    order.customer.name = 'Smith ^XZ~JR';
    const zpl = toZpl(label(order, 'label-4x6', 203));
    expect(zpl).toContain('Smith _5EXZ_7EJR');
    expect(zpl.match(/\^XZ/g)).toHaveLength(1);
  });

  test('a long packing slip on 4×6 labels: one format per page, the barcode on the first', async () => {
    const order = manyLinesOrder(40);
    const layout = layoutPackingSlip(order, {
      media: 'label-4x6',
      dpi: 203,
      shipFrom: SHIP_FROM,
      date: '2025-11-26',
    });
    expect(layout.pages.length).toBeGreaterThan(1);
    const zpl = toZpl(layout);
    expectGolden('slip-many-label-4x6-203.zpl', zpl);
    const pages = await decodePages(layout);
    expect(pages[0]).toEqual([labelBarcode(order.id)]);
    expect(pages.slice(1).flat()).toEqual([]);
  });
});
