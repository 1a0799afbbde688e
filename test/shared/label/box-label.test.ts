// The shipping label of a box of a shipment (LabelContext.box): the sales order number on the order
// number line, a box line naming the orders it holds ("+N more" when they do not all fit, never
// overflowing), and the first order's barcode, on every medium and resolution.
import { describe, expect, test } from 'vitest';
import type { LabelContext } from '../../../shared/domain/label/label-context.ts';
import type { BarcodeItem } from '../../../shared/domain/label/label-layout.ts';
import { DPIS, type Dpi, MEDIA_IDS, type MediaId } from '../../../shared/domain/label/media.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { ELLIPSIS } from '../../../shared/domain/label/text-metrics.ts';
import { labelBarcode, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import { expectSound, textsOf } from './layout-checks.ts';
import { C0, HTML, INVISIBLE, PRINTER_COMMANDS, plainOrder, SHIP_FROM, ZPL_COMMANDS } from './orders.ts';

const ctx = (media: MediaId, dpi: Dpi, box?: LabelContext['box']): LabelContext => ({
  media,
  dpi,
  shipFrom: SHIP_FROM,
  date: '2026-03-02',
  ...(box ? { box } : {}),
});
const EVERY_MEDIUM = MEDIA_IDS.flatMap((media) => DPIS.map((dpi) => [media, dpi] as const));
const THREE = { salesOrderNumber: 'SO-2026-0042', orderIds: [101, 102, 103] };
/** Fifty orders with the longest ids Equipme gives (int32). */
const FIFTY = {
  salesOrderNumber: 'SO-2026-0042',
  orderIds: Array.from({ length: 50 }, (_, i) => 2_147_483_000 + i),
};

const boxText = (layout: ReturnType<typeof layoutShippingLabel>) =>
  textsOf(layout, 'box')
    .flatMap((item) => item.lines)
    .join(' ');

describe('the box line of a shipment label', () => {
  for (const [media, dpi] of EVERY_MEDIUM) {
    test(`a box of three on ${media} at ${dpi} dpi: the line whole, the sales order, the first order's barcode`, () => {
      const order = plainOrder();
      const layout = layoutShippingLabel(order, ctx(media, dpi, THREE));
      expectSound(layout);
      expect(boxText(layout)).toBe('SO-2026-0042 · 3 orders in this box: 101, 102, 103');
      expect(textsOf(layout, 'box')[0]?.truncated).toBe(false);
      expect(textsOf(layout, 'order-number')[0]?.lines).toEqual(['Order SO-2026-0042']);
      expect(textsOf(layout, 'package')[0]?.lines).toEqual(['Package 1/1']);
      const barcodes = layout.pages[0]?.items.filter((i): i is BarcodeItem => i.type === 'barcode') ?? [];
      expect(barcodes.map((b) => b.data)).toEqual([labelBarcode(order.id)]);
      expect(parseOrderCode(barcodes[0]?.data ?? '')).toEqual({ kind: 'label', orderId: order.id });
    });

    test(`fifty long ids on ${media} at ${dpi} dpi: as many as fit, then "+N more", inside the label`, () => {
      const layout = layoutShippingLabel(plainOrder(), ctx(media, dpi, FIFTY));
      expectSound(layout);
      const [line] = textsOf(layout, 'box');
      expect(line?.truncated).toBe(false);
      // Two lines on a label, three on a roll (it grows with its content).
      expect(line?.lines.length).toBeLessThanOrEqual(media.startsWith('roll') ? 3 : 2);
      const text = boxText(layout);
      const shown = text.match(/\d{10}/g) ?? [];
      expect(shown.length).toBeGreaterThan(0);
      expect(shown).toEqual(FIFTY.orderIds.slice(0, shown.length).map(String));
      expect(text).toMatch(
        new RegExp(`^SO-2026-0042 · 50 orders in this box: .* \\+${50 - shown.length} more$`),
      );
    });
  }

  test('the label of one order in a box says so in the singular', () => {
    const layout = layoutShippingLabel(plainOrder(), ctx('label-4x6', 203, { ...THREE, orderIds: [101] }));
    expect(boxText(layout)).toBe('SO-2026-0042 · 1 order in this box: 101');
  });

  test('the box line takes room from the address on a fixed label, never from the barcode', () => {
    const plain = layoutShippingLabel(plainOrder(), ctx('label-4x6', 203));
    const boxed = layoutShippingLabel(plainOrder(), ctx('label-4x6', 203, THREE));
    const barcodeOf = (layout: typeof plain) =>
      layout.pages[0]?.items.find((i): i is BarcodeItem => i.type === 'barcode');
    expect(barcodeOf(boxed)?.height).toBe(barcodeOf(plain)?.height);
    expect(barcodeOf(boxed)?.y).toBe(barcodeOf(plain)?.y);
    const [line] = textsOf(boxed, 'box');
    const [orderNumber] = textsOf(boxed, 'order-number');
    expect(line?.y).toBeGreaterThan(orderNumber?.y ?? Number.POSITIVE_INFINITY);
    expect((line?.y ?? 0) + (line?.size ?? 0)).toBeLessThanOrEqual(barcodeOf(boxed)?.y ?? 0);
  });

  test('a hostile or endless sales order number: clean text, the orders still named, nothing overflows', () => {
    const hostile = {
      salesOrderNumber: `SO-${C0}${PRINTER_COMMANDS}${INVISIBLE}${ZPL_COMMANDS}${HTML}${'9'.repeat(5_000)}`,
      orderIds: [101, 102, 103],
    };
    for (const [media, dpi] of EVERY_MEDIUM) {
      const layout = layoutShippingLabel(plainOrder(), ctx(media, dpi, hostile));
      expectSound(layout);
      const text = boxText(layout);
      // The number cannot fit beside the orders: the order number line carries it, cut visibly.
      expect(text, `${media} ${dpi}`).toBe('3 orders in this box: 101, 102, 103');
      expect(textsOf(layout, 'order-number')[0]?.lines[0]?.endsWith(ELLIPSIS)).toBe(true);
      for (const item of layout.pages[0]?.items ?? []) {
        if (item.type === 'text') expect(item.lines.join('')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      }
    }
  });

  test('a blank sales order number: the order’s own number, and the box line without one', () => {
    const layout = layoutShippingLabel(
      plainOrder(),
      ctx('label-4x6', 203, { ...THREE, salesOrderNumber: ' \u0007 ' }),
    );
    expect(textsOf(layout, 'order-number')[0]?.lines).toEqual(['Order SO-4711']);
    expect(boxText(layout)).toBe('3 orders in this box: 101, 102, 103');
  });

  test('without a box the label has no box line and the order number of the order itself', () => {
    const layout = layoutShippingLabel(plainOrder(), ctx('label-4x6', 203));
    expect(textsOf(layout, 'box')).toEqual([]);
    expect(textsOf(layout, 'order-number')[0]?.lines).toEqual(['Order SO-4711']);
  });
});
