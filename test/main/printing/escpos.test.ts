// ESC/POS and Star bytes: golden hex dumps of representative orders, the printer's own Code 128 with
// labelBarcode(order.id), code pages for diacritics and visible substitutes for what none has.
import { describe, expect, test } from 'vitest';
import { toEscPos, toStar } from '../../../electron/main/printing/escpos.ts';
import { charFilter } from '../../../electron/main/printing/escpos-charset.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { LabelLayout } from '../../../shared/domain/label/label-layout.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { labelBarcode } from '../../../shared/domain/scan-codes.ts';
import {
  diacriticsOrder,
  longOrder,
  manyLinesOrder,
  plainOrder,
  SHIP_FROM,
  sparseOrder,
} from '../../shared/label/orders.ts';
import { expectGolden, hexDump } from './golden.ts';

const ctx = { dpi: 203 as const, shipFrom: SHIP_FROM, date: '2025-11-26' };
const label = (order: FulfillmentOrder, media: 'roll-62mm' | 'roll-80mm' = 'roll-80mm') =>
  layoutShippingLabel(order, { ...ctx, media });
const slip = (order: FulfillmentOrder, media: 'roll-62mm' | 'roll-80mm' = 'roll-80mm') =>
  layoutPackingSlip(order, { ...ctx, media });

/** GS k 73 n "{B" data: the Epson Code 128 command in code set B. */
const epsonCode128 = (data: string) =>
  Buffer.concat([Buffer.from([0x1d, 0x6b, 73, data.length + 2]), Buffer.from(`{B${data}`, 'ascii')]);
/** ESC b 6 … data RS: the Star Code 128 command. */
const starCode128 = (data: string) => Buffer.from(`${data}\u001e`, 'ascii');

const CASES: [string, () => LabelLayout][] = [
  ['label-plain-roll-80mm', () => label(plainOrder())],
  ['label-long-roll-62mm', () => label(longOrder(), 'roll-62mm')],
  ['label-diacritics-roll-80mm', () => label(diacriticsOrder())],
  ['label-sparse-roll-62mm', () => label(sparseOrder(), 'roll-62mm')],
  ['slip-many-roll-80mm', () => slip(manyLinesOrder(12))],
];

describe('ESC/POS', () => {
  for (const [name, make] of CASES) {
    test(`${name}: golden bytes for Epson and Star`, () => {
      const layout = make();
      expectGolden(`${name}.escpos.hex`, hexDump(toEscPos(layout).bytes));
      expectGolden(`${name}.star.hex`, hexDump(toStar(layout).bytes));
    });
  }

  test('every label carries the order barcode in the printer’s own Code 128 (code set B)', () => {
    for (const order of [plainOrder(), longOrder(), diacriticsOrder(), sparseOrder()]) {
      const data = labelBarcode(order.id);
      expect(toEscPos(label(order)).bytes.includes(epsonCode128(data))).toBe(true);
      const star = toStar(label(order)).bytes;
      expect(star.includes(Buffer.from([0x1b, 0x62, 0x36]))).toBe(true);
      expect(star.includes(starCode128(data))).toBe(true);
    }
  });

  test('starts clean in the chosen code page, cuts after each page', () => {
    const { bytes } = toEscPos(label(plainOrder()), { codePage: 'WPC1252' });
    expect([...bytes.subarray(0, 5)]).toEqual([0x1b, 0x40, 0x1b, 0x74, 16]);
    expect(bytes.includes(Buffer.from([0x1d, 0x56, 0x00]))).toBe(true);
  });

  test('Western letters print from PC858; ł switches to PC852 for itself', () => {
    const { bytes, replaced } = toEscPos(label(diacriticsOrder()));
    expect(replaced).toEqual([]);
    // "Ł" in CP852 is 0x9d, right after ESC t 18.
    expect(bytes.includes(Buffer.from([0x1b, 0x74, 18, 0x9d]))).toBe(true);
    // "Café": é is 0x82 in CP858.
    expect(bytes.includes(Buffer.from([0x43, 0x61, 0x66, 0x82]))).toBe(true);
  });

  test('what no code page has is printed as a visible substitute and reported', () => {
    const filter = charFilter('epson', 'PC858_EURO');
    expect(filter.filter('Brașov ✓ 中')).toBe('Brasov ? ?');
    expect(filter.replaced()).toEqual(['ș', '✓', '中']);
    const order = plainOrder();
    order.customer.name = 'Brașov SRL ✓';
    expect(toStar(label(order)).replaced).toEqual(['ș', '✓']);
  });

  test('no printed line is wider than the paper', () => {
    for (const [media, dots] of [
      ['roll-62mm', 464],
      ['roll-80mm', 576],
    ] as const) {
      for (const layout of [
        label(longOrder(), media),
        slip(longOrder(), media),
        slip(manyLinesOrder(20), media),
      ]) {
        for (const width of lineWidths(toEscPos(layout).bytes)) expect(width).toBeLessThanOrEqual(dots);
      }
    }
  });
});

/**
 * Widths in dots of the text lines of our ESC/POS output: a reader for just the commands toEscPos
 * emits (ESC @, ESC t/E/a/d/-, GS !/B/H/f/w/h/V, GS k 73), with GS ! magnifying 12-dot cells.
 */
function lineWidths(bytes: Buffer): number[] {
  const widths: number[] = [];
  let width = 0;
  let magnification = 1;
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i] ?? 0;
    if (byte === 0x1b) {
      i += bytes[i + 1] === 0x40 ? 2 : 3;
    } else if (byte === 0x1d && bytes[i + 1] === 0x6b) {
      i += 4 + (bytes[i + 3] ?? 0);
    } else if (byte === 0x1d) {
      if (bytes[i + 1] === 0x21) magnification = ((bytes[i + 2] ?? 0) >> 4) + 1;
      i += 3;
    } else if (byte === 0x0a) {
      widths.push(width);
      width = 0;
      i++;
    } else {
      width += 12 * magnification;
      i++;
    }
  }
  return widths;
}
