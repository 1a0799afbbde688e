import { describe, expect, it } from 'vitest';
import type { BomItem, FulfillmentOrder } from '../../../shared/api/equipme.ts';
import {
  adjustPick,
  isVerified,
  matchScan,
  orderProgress,
  partKey,
  pickLines,
} from '../../../shared/domain/pick-progress.ts';
import type { LearnedBarcode } from '../../../shared/ipc/picking.ts';

function item(quantity: number, name: string, partNumber: string, externalId: string | null = null): BomItem {
  return {
    quantity,
    product: {
      id: partNumber.length,
      name,
      partNumber,
      externalId,
      self: { href: `/products/${partNumber}` },
    },
  };
}

/** Laptop ×1, two docks ×2 sharing an EAN, a cable with a UPC-A and a bom item without product. */
const ORDER: Pick<FulfillmentOrder, 'bomItems'> = {
  bomItems: [
    item(1, 'Laptop 14"', 'LT-14-G5', '4006381333931'),
    item(2, 'USB-C dock', 'DK 200', '5901234123457'),
    item(1, 'USB-C dock (spare)', 'DK-200-S', '5901234123457'),
    item(3, 'Cable', 'CBL-1', '036000291452'),
    { quantity: 1 },
  ],
};

describe('pickLines', () => {
  it('lists each bom item with its picked count', () => {
    const lines = pickLines(ORDER, [1, 1]);
    expect(lines[0]).toEqual({
      index: 0,
      name: 'Laptop 14"',
      partNumber: 'LT-14-G5',
      externalId: '4006381333931',
      quantity: 1,
      picked: 1,
      complete: true,
    });
    expect(lines[1]).toMatchObject({ picked: 1, complete: false });
    expect(lines[3]).toMatchObject({ picked: 0, complete: false });
    expect(lines[4]).toEqual({
      index: 4,
      name: '',
      partNumber: '',
      externalId: null,
      quantity: 1,
      picked: 0,
      complete: false,
    });
  });

  it('keeps picked within 0..quantity', () => {
    const lines = pickLines(ORDER, [5, -2]);
    expect(lines[0]?.picked).toBe(1);
    expect(lines[1]?.picked).toBe(0);
  });

  it('has no lines for an order without bomItems', () => {
    expect(pickLines({ bomItems: null }, [])).toEqual([]);
    expect(pickLines({}, [])).toEqual([]);
  });

  it('treats a zero quantity as complete from the start', () => {
    expect(pickLines({ bomItems: [item(0, 'Manual', 'DOC-1')] }, [])[0]).toMatchObject({
      quantity: 0,
      picked: 0,
      complete: true,
    });
  });
});

describe('matchScan', () => {
  const none: LearnedBarcode[] = [];

  it.each([
    ['LT-14-G5', 0],
    ['lt14g5', 0],
    [' LT 14-G5\r\n', 0],
    ['4006381333931', 0],
    ['04006381333931', 0],
    ['0104006381333931', 0],
    ['\u001d010400638133393110LOT1', 0],
    ['dk200', 1],
    ['CBL-1', 3],
    ['036000291452', 3],
    ['0036000291452', 3],
    ['00036000291452', 3],
  ])('matches %j to line %i', (code, line) => {
    const match = matchScan(ORDER, [], code, none);
    expect(match.kind).toBe('matched');
    if (match.kind === 'matched') expect(match.line.index).toBe(line);
  });

  it('counts the pick and says when the line is complete', () => {
    const first = matchScan(ORDER, [], 'DK200', none);
    expect(first).toMatchObject({ kind: 'matched', pickedAfter: [0, 1, 0, 0, 0], lineComplete: false });
    const second = matchScan(ORDER, [0, 1], 'DK200', none);
    expect(second).toMatchObject({ kind: 'matched', pickedAfter: [0, 2, 0, 0, 0], lineComplete: true });
    if (second.kind === 'matched') expect(second.line).toMatchObject({ index: 1, picked: 2, complete: true });
  });

  it('gives a shared EAN to the first line that still needs it, then reports an over-scan', () => {
    const ean = '5901234123457';
    expect(matchScan(ORDER, [], ean, none)).toMatchObject({ line: { index: 1 } });
    expect(matchScan(ORDER, [0, 2], ean, none)).toMatchObject({ kind: 'matched', line: { index: 2 } });
    expect(matchScan(ORDER, [0, 2, 1], ean, none)).toEqual({
      kind: 'over-scan',
      line: expect.objectContaining({ index: 1, picked: 2, complete: true }),
    });
  });

  it('says when the last piece completes the order', () => {
    const order = { bomItems: [item(1, 'Phone', 'PH-1'), item(2, 'Case', 'CS-1')] };
    expect(matchScan(order, [0, 2], 'PH-1', none)).toMatchObject({ lineComplete: true, orderComplete: true });
    expect(matchScan(order, [0, 1], 'CS-1', none)).toMatchObject({
      lineComplete: true,
      orderComplete: false,
    });
  });

  it('matches a barcode the station learned, by part number, in any case', () => {
    const learned = [{ code: 'X-99-INTERNAL', partNumber: 'cbl 1' }];
    expect(matchScan(ORDER, [], 'x-99-internal', learned)).toMatchObject({
      kind: 'matched',
      line: { index: 3 },
    });
    expect(matchScan(ORDER, [], 'X-99-INTERNAL', none)).toEqual({
      kind: 'wrong-item',
      code: 'X-99-INTERNAL',
    });
  });

  it.each([
    ['an unknown code', 'ABC-123'],
    ['a wrong check of the EAN', '4006381333932'],
    ['an empty scan', '\r\n'],
    ['a GS1 code of another product', '0109506000134352'],
    ['a part number that only contains the right one', 'LT-14-G5-X'],
  ])('refuses %s', (_, code) => {
    expect(matchScan(ORDER, [], code, none).kind).toBe('wrong-item');
  });

  it('compares short ERP ids exactly, without the leading-zero tolerance of GTINs', () => {
    const order = { bomItems: [item(1, 'Mouse', 'MS-1', '12345')] };
    expect(matchScan(order, [], '12345', none).kind).toBe('matched');
    expect(matchScan(order, [], '012345', none).kind).toBe('wrong-item');
  });

  it('never matches the line without a product', () => {
    const learned = [{ code: 'ANY', partNumber: '' }];
    expect(matchScan({ bomItems: [{ quantity: 1 }] }, [], 'ANY', learned).kind).toBe('wrong-item');
  });
});

describe('adjustPick', () => {
  it('adds and removes one piece', () => {
    expect(adjustPick(ORDER, [0, 1], 1, 1)).toEqual({ ok: true, value: [0, 2, 0, 0, 0] });
    expect(adjustPick(ORDER, [0, 1], 1, -1)).toEqual({ ok: true, value: [0, 0, 0, 0, 0] });
  });

  it.each([
    ['no-such-line', [0], 9, 1],
    ['no-such-line', [0], -1, 1],
    ['line-complete', [1], 0, 1],
    ['nothing-picked', [1], 1, -1],
  ] as const)('refuses with %s', (code, picked, index, delta) => {
    const result = adjustPick(ORDER, picked, index, delta);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).not.toBe('');
  });
});

describe('orderProgress and isVerified', () => {
  it('sums pieces over the lines', () => {
    expect(orderProgress(pickLines(ORDER, [1, 2, 0, 1]))).toEqual({ total: 8, picked: 4, complete: false });
    expect(orderProgress([])).toEqual({ total: 0, picked: 0, complete: true });
  });

  it('verifies a fully picked order, an override, or an order with nothing to pick', () => {
    const order = { bomItems: [item(2, 'Tablet', 'TB-1')] };
    expect(isVerified(order, [2], false)).toBe(true);
    expect(isVerified(order, [1], false)).toBe(false);
    expect(isVerified(order, [1], true)).toBe(true);
    expect(isVerified(order, [], false)).toBe(false);
    expect(isVerified({ bomItems: [] }, [], false)).toBe(true);
    expect(isVerified({ bomItems: null }, [], false)).toBe(true);
  });

  it('does not count extra picks beyond a line’s quantity', () => {
    const order = { bomItems: [item(1, 'A', 'A-1'), item(1, 'B', 'B-1')] };
    expect(isVerified(order, [2, 0], false)).toBe(false);
  });
});

describe('partKey', () => {
  it('ignores case, spaces and dashes, not other characters', () => {
    expect(partKey(' ab-12 c\t')).toBe('AB12C');
    expect(partKey('AB.12')).toBe('AB.12');
  });
});
