import { describe, expect, test } from 'vitest';
import type { LabelContext } from '../../../shared/domain/label/label-context.ts';
import { type BarcodeItem, code128Modules } from '../../../shared/domain/label/label-layout.ts';
import type { Dpi, MediaId } from '../../../shared/domain/label/media.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { ELLIPSIS } from '../../../shared/domain/label/text-metrics.ts';
import { labelBarcode, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import { expectSound, textsOf } from './layout-checks.ts';
import { diacriticsOrder, longOrder, plainOrder, SHIP_FROM, sparseOrder } from './orders.ts';

const MEDIA: [MediaId, Dpi][] = [
  ['label-4x6', 203],
  ['label-4x6', 300],
  ['roll-62mm', 203],
  ['roll-80mm', 203],
  ['a4', 300],
];
const ctx = (media: MediaId, dpi: Dpi): LabelContext => ({
  media,
  dpi,
  shipFrom: SHIP_FROM,
  date: '2025-11-26',
});
const ORDERS = { plain: plainOrder, long: longOrder, diacritics: diacriticsOrder, sparse: sparseOrder };

describe('shipping label layout', () => {
  for (const [media, dpi] of MEDIA) {
    for (const [name, make] of Object.entries(ORDERS)) {
      test(`${name} order on ${media} at ${dpi} dpi stays on the page, inside its boxes`, () => {
        const order = make();
        const layout = layoutShippingLabel(order, ctx(media, dpi));
        expect(layout.pages).toHaveLength(1);
        expectSound(layout);
        const barcodes = layout.pages[0]?.items.filter((i): i is BarcodeItem => i.type === 'barcode') ?? [];
        expect(barcodes.map((b) => b.data)).toEqual([labelBarcode(order.id)]);
        expect(parseOrderCode(barcodes[0]?.data ?? '')).toEqual({ kind: 'label', orderId: order.id });
        expect(barcodes[0]?.width).toBe(
          (barcodes[0]?.moduleWidth ?? 0) * code128Modules(labelBarcode(order.id)),
        );
        expect(textsOf(layout, 'barcode-text')[0]?.lines).toEqual([labelBarcode(order.id)]);
      });
    }
  }

  test('ship-to: customer, then the address as the destination writes it; ship-from small on top', () => {
    const layout = layoutShippingLabel(plainOrder(), ctx('label-4x6', 203));
    expect(textsOf(layout, 'ship-to')[0]?.lines).toEqual([
      'Acme Logistics GmbH',
      'Hauptstraße 1',
      '10115 Berlin',
    ]);
    expect(textsOf(layout, 'ship-from')[0]?.lines).toEqual([
      'Köln Hub',
      'Industriestraße 12',
      '50667 Köln',
      'GERMANY',
    ]);
    const [shipTo] = textsOf(layout, 'ship-to');
    const [shipFrom] = textsOf(layout, 'ship-from');
    expect(shipTo?.size).toBeGreaterThan(shipFrom?.size ?? 0);
    expect(textsOf(layout, 'order-number')[0]?.lines).toEqual(['Order SO-4711']);
    expect(textsOf(layout, 'date')[0]?.lines).toEqual(['2025-11-26']);
    expect(textsOf(layout, 'package')[0]?.lines).toEqual(['Package 1/1']);
  });

  test('a foreign destination gets its country line, in capitals', () => {
    const layout = layoutShippingLabel(diacriticsOrder(), ctx('label-4x6', 203));
    expect(textsOf(layout, 'ship-to')[0]?.lines.at(-1)).toBe('POLAND');
    expect(textsOf(layout, 'ship-to')[0]?.lines).toContain('Łukasz Żółć & Søren Ødegård');
  });

  test('package n of m', () => {
    const layout = layoutShippingLabel(plainOrder(), {
      ...ctx('label-4x6', 203),
      package: { number: 2, count: 3 },
    });
    expect(textsOf(layout, 'package')[0]?.lines).toEqual(['Package 2/3']);
  });

  test('markers: preorder, return, dropship, and a missing address', () => {
    expect(
      textsOf(layoutShippingLabel(longOrder(), ctx('label-4x6', 203)), 'marker').map((m) => m.lines[0]),
    ).toEqual(['PREORDER', 'RETURN', 'DROPSHIP']);
    expect(textsOf(layoutShippingLabel(plainOrder(), ctx('label-4x6', 203)), 'marker')).toEqual([]);
    expect(
      textsOf(layoutShippingLabel(sparseOrder(), ctx('label-4x6', 203)), 'marker').map((m) => m.lines[0]),
    ).toEqual(['NO ADDRESS']);
  });

  test('long lines shrink, wrap, and are cut visibly — never silently dropped', () => {
    const layout = layoutShippingLabel(longOrder(), ctx('roll-62mm', 203));
    const [shipTo] = textsOf(layout, 'ship-to');
    expect(shipTo?.size).toBeLessThan(Math.round((7 * 203) / 25.4));
    // Every address line still starts a line: the city is there.
    expect(shipTo?.lines.at(-1)).toBe('10115 Berlin');
    const joined = shipTo?.lines.join(' ') ?? '';
    for (const word of [
      'Internationale',
      'Zentraleinkauf',
      'Kurfürstin-Sophie-Charlotte-von-Braunschweig-Lüneburg-Allee',
    ]) {
      expect(joined.replaceAll(' ', '')).toContain(word.slice(0, 12));
    }
    const [order] = textsOf(layout, 'order-number');
    expect(order?.truncated).toBe(true);
    expect(order?.lines[0]?.endsWith(ELLIPSIS)).toBe(true);
  });

  test('a label without address or phone still carries the order and its barcode', () => {
    const layout = layoutShippingLabel(sparseOrder(), ctx('label-4x6', 203));
    expect(textsOf(layout, 'ship-to')[0]?.lines).toEqual(['Acme Logistics GmbH']);
    expect(textsOf(layout, 'phone')).toEqual([]);
    expect(layout.pages[0]?.items.some((i) => i.type === 'barcode')).toBe(true);
  });

  test('a roll is as long as its content; a label is its media', () => {
    expect(layoutShippingLabel(plainOrder(), ctx('label-4x6', 300)).pages[0]?.lengthDots).toBe(1800);
    const roll = layoutShippingLabel(plainOrder(), ctx('roll-80mm', 203));
    expect(roll.heightDots).toBe('continuous');
    expect(roll.pages[0]?.lengthDots).toBeGreaterThan(300);
    expect(roll.pages[0]?.lengthDots).toBeLessThan(1200);
  });
});
