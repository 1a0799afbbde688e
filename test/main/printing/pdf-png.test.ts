// PDF and PNG output checked with poppler (pdftoppm, pdftotext) and ZXing: pages and sizes right, text
// in UTF-8 with the embedded DejaVu Sans, and the order barcode decodable on every label.
import { describe, expect, test } from 'vitest';
import { code128Bars } from '../../../electron/main/printing/barcode-bars.ts';
import { toPdf } from '../../../electron/main/printing/pdf.ts';
import { toPng } from '../../../electron/main/printing/png.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { code128Modules } from '../../../shared/domain/label/label-layout.ts';
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
} from '../../shared/label/orders.ts';
import { decodeCode128, pdfToPngs, pdfToText, pngSize } from './external-tools.ts';

const ctx = (media: MediaId, dpi: Dpi) => ({ media, dpi, shipFrom: SHIP_FROM, date: '2025-11-26' });

describe('PDF', () => {
  const LABELS: [string, () => FulfillmentOrder, MediaId, Dpi][] = [
    ['plain', plainOrder, 'label-4x6', 203],
    ['long', longOrder, 'label-4x6', 300],
    ['diacritics', diacriticsOrder, 'roll-80mm', 203],
  ];
  for (const [name, make, media, dpi] of LABELS) {
    test(`${name} label on ${media} at ${dpi} dpi: pdftoppm renders it and ZXing reads the order`, async () => {
      const order = make();
      const layout = layoutShippingLabel(order, ctx(media, dpi));
      const pages = await pdfToPngs(await toPdf(layout), dpi);
      expect(pages).toHaveLength(1);
      const size = pngSize(pages[0] ?? Buffer.alloc(0));
      expect(Math.abs(size.width - layout.widthDots)).toBeLessThanOrEqual(2);
      expect(Math.abs(size.height - (layout.pages[0]?.lengthDots ?? 0))).toBeLessThanOrEqual(2);
      const codes = await decodeCode128(pages[0] ?? Buffer.alloc(0));
      expect(codes).toEqual([labelBarcode(order.id)]);
      expect(parseOrderCode(codes[0] ?? '')).toEqual({ kind: 'label', orderId: order.id });
    });
  }

  test('text is real UTF-8 text in the embedded DejaVu Sans', async () => {
    const pdf = await toPdf(layoutShippingLabel(diacriticsOrder(), ctx('label-4x6', 203)));
    const text = await pdfToText(pdf);
    for (const expected of [
      'Łukasz Żółć & Søren Ødegård',
      'Café Müller — Straße',
      '90-001 Łódź',
      'Köln Hub',
    ]) {
      expect(text).toContain(expected);
    }
    expect(pdf.toString('latin1')).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans-Bold/);
  });

  test('an A4 packing slip: one PDF page per layout page, the barcode on the first', async () => {
    const order = manyLinesOrder(60);
    const layout = layoutPackingSlip(order, ctx('a4', 300));
    const pdf = await toPdf(layout);
    const pages = await pdfToPngs(pdf, 150);
    expect(pages).toHaveLength(layout.pages.length);
    expect(await decodeCode128(pages[0] ?? Buffer.alloc(0))).toEqual([labelBarcode(order.id)]);
    const text = await pdfToText(pdf);
    expect(text).toContain('PN-060-');
    expect(text).toContain('60 lines, 60 items in total');
  });

  test('the bars come from bwip-js in code set B, as wide as the layout planned', () => {
    for (const data of ['PSO7', 'PSO4711', 'PSO9007199254740991']) {
      expect(code128Bars(data).modules).toBe(code128Modules(data));
    }
  });
});

describe('PNG (Zebrash)', () => {
  test('one PNG per page at the printer resolution, barcode readable', async () => {
    const order = plainOrder();
    const layout = layoutShippingLabel(order, ctx('label-4x6', 300));
    const [png, ...more] = await toPng(layout);
    expect(more).toEqual([]);
    expect(pngSize(png ?? Buffer.alloc(0)).height).toBeGreaterThanOrEqual(1790);
    expect(await decodeCode128(png ?? Buffer.alloc(0))).toEqual([labelBarcode(order.id)]);
  });
});
