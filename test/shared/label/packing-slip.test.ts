import { describe, expect, test } from 'vitest';
import type { LabelContext } from '../../../shared/domain/label/label-context.ts';
import type { BarcodeItem } from '../../../shared/domain/label/label-layout.ts';
import type { Dpi, MediaId } from '../../../shared/domain/label/media.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import { labelBarcode } from '../../../shared/domain/scan-codes.ts';
import { expectSound, textsOf } from './layout-checks.ts';
import { diacriticsOrder, longOrder, manyLinesOrder, plainOrder, SHIP_FROM, sparseOrder } from './orders.ts';

const ctx = (media: MediaId, dpi: Dpi): LabelContext => ({
  media,
  dpi,
  shipFrom: SHIP_FROM,
  date: '2025-11-26',
});
const MEDIA: [MediaId, Dpi][] = [
  ['a4', 300],
  ['letter', 300],
  ['a4', 203],
  ['label-4x6', 203],
  ['roll-80mm', 203],
  ['roll-62mm', 203],
];
const ORDERS = {
  plain: plainOrder,
  long: longOrder,
  diacritics: diacriticsOrder,
  sparse: sparseOrder,
  many: () => manyLinesOrder(60),
};

describe('packing slip layout', () => {
  for (const [media, dpi] of MEDIA) {
    for (const [name, make] of Object.entries(ORDERS)) {
      test(`${name} order on ${media} at ${dpi} dpi stays on its pages, inside its boxes`, () => {
        const order = make();
        const layout = layoutPackingSlip(order, ctx(media, dpi));
        expectSound(layout);
        const barcodes = layout.pages.flatMap((p) =>
          p.items.filter((i): i is BarcodeItem => i.type === 'barcode'),
        );
        expect(barcodes.map((b) => b.data)).toEqual([labelBarcode(order.id)]);
        // Every bill-of-materials line is on the slip, once.
        const parts = textsOf(layout, 'table-cell').filter((cell) => cell.x > layout.widthDots * 0.08);
        for (const item of order.bomItems ?? []) {
          const partNumber = item.product?.partNumber ?? '';
          expect(parts.filter((cell) => cell.lines.join('') === partNumber).length, partNumber).toBe(1);
        }
      });
    }
  }

  test('header, customer reference, table and totals', () => {
    const order = plainOrder();
    const layout = layoutPackingSlip(order, ctx('a4', 300));
    expect(textsOf(layout, 'title')[0]?.lines).toEqual(['PACKING SLIP']);
    const facts = textsOf(layout, 'reference').map((t) => t.lines.join(' '));
    const created = order.order.created.slice(0, 10);
    expect(facts).toEqual(['SO-4711', created, 'Acme Logistics GmbH', 'PO-2025-118', '4711', '2025-11-26']);
    expect(textsOf(layout, 'table-header').map((t) => t.lines[0])).toEqual(['Qty', 'Part number', 'Product']);
    expect(textsOf(layout, 'table-cell').map((t) => t.lines.join(' '))).toEqual([
      '1',
      'LT-14-G5',
      'Product LT-14-G5',
      '1',
      'DOCK-USB-C',
      'Product DOCK-USB-C',
    ]);
    expect(textsOf(layout, 'totals')[0]?.lines).toEqual(['2 lines, 2 items in total']);
    expect(textsOf(layout, 'page-number')[0]?.lines).toEqual(['Order SO-4711 · page 1 of 1']);
  });

  test('a long list runs over pages with the table header on each, numbered', () => {
    const layout = layoutPackingSlip(manyLinesOrder(60), ctx('a4', 300));
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const [index, page] of layout.pages.entries()) {
      const headers = page.items.filter((i) => i.type === 'text' && i.role === 'table-header');
      expect(headers).toHaveLength(3);
      const footer = page.items.find((i) => i.type === 'text' && i.role === 'page-number');
      expect(footer?.type === 'text' && footer.lines[0]).toBe(
        `Order SO-5550123 · page ${index + 1} of ${layout.pages.length}`,
      );
    }
    expect(textsOf(layout, 'title').map((t) => t.lines[0])).toEqual([
      'PACKING SLIP',
      ...layout.pages.slice(1).map(() => 'PACKING SLIP (continued)'),
    ]);
    expect(textsOf(layout, 'totals')[0]?.lines).toEqual(['60 lines, 60 items in total']);
  });

  test('on a roll the slip is one page as long as it needs', () => {
    const layout = layoutPackingSlip(manyLinesOrder(60), ctx('roll-80mm', 203));
    expect(layout.pages).toHaveLength(1);
    expect(layout.heightDots).toBe('continuous');
    expect(textsOf(layout, 'page-number')).toEqual([]);
  });

  test('missing data is said, not left blank', () => {
    const layout = layoutPackingSlip(sparseOrder(), ctx('a4', 300));
    expect(textsOf(layout, 'notice')[0]?.lines).toEqual(['No items on this order.']);
    expect(textsOf(layout, 'reference')[3]?.lines).toEqual(['—']);
    expect(textsOf(layout, 'marker').map((m) => m.lines[0])).toEqual(['NO ADDRESS']);
  });

  test('a product name too long for its cell wraps, then ends in "…" with the truncated flag', () => {
    const order = plainOrder();
    const product = order.bomItems?.[0]?.product;
    if (product) product.name = `Notebook ${'with a very long description '.repeat(8)}end`;
    const layout = layoutPackingSlip(order, ctx('roll-62mm', 203));
    const cell = textsOf(layout, 'table-cell').find((t) => t.lines[0]?.startsWith('Notebook'));
    expect(cell?.lines.length).toBe(3);
    expect(cell?.truncated).toBe(true);
    expect(cell?.lines.at(-1)?.endsWith('…')).toBe(true);
  });
});
