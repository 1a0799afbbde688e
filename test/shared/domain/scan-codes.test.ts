import { describe, expect, it } from 'vitest';
import {
  gtinFromGs1,
  hasValidCheckDigit,
  isOwnLabel,
  LABEL_PREFIX,
  labelBarcode,
  normalizeScan,
  parseOrderCode,
  shopLabelBarcode,
} from '../../../shared/domain/scan-codes.ts';

const GS = '\u001d';

describe('labelBarcode', () => {
  it('is the prefix and the order id, printable ASCII only', () => {
    expect(labelBarcode(4711)).toBe('PSO4711');
    expect(LABEL_PREFIX).toBe('PSO');
    expect(labelBarcode(Number.MAX_SAFE_INTEGER)).toMatch(/^[\x20-\x7e]+$/);
  });

  it.each([0, -3, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])('refuses %s as an order id', (id) => {
    expect(() => labelBarcode(id)).toThrow(RangeError);
  });

  it('round-trips through parseOrderCode', () => {
    for (const id of [1, 42, 123456789012]) {
      expect(parseOrderCode(labelBarcode(id))).toEqual({ kind: 'label', orderId: id });
    }
  });
});

describe('normalizeScan', () => {
  it.each([
    ['PSO12\r\n', 'PSO12'],
    ['PSO12\t', 'PSO12'],
    ['  ABC-1 \n', 'ABC-1'],
    ['AB\u0000C\u0007D\u007f', 'ABCD'],
    ['A\u0085B', 'AB'],
    ['A\u001fB\u009fC', 'ABC'],
    ['A B\u00a0C', 'A B\u00a0C'],
    ['', ''],
    ['\r\n\t ', ''],
    ['Ü-ß 1', 'Ü-ß 1'],
  ])('cleans %j to %j', (raw, clean) => {
    expect(normalizeScan(raw)).toBe(clean);
  });

  it('drops a leading FNC1, collapses repeated separators and keeps one between fields', () => {
    expect(normalizeScan(`${GS}0109506000134352${GS}${GS}10ABC${GS}\r`)).toBe(`0109506000134352${GS}10ABC`);
  });
});

describe('parseOrderCode', () => {
  it.each([
    ['PSO17', { kind: 'label', orderId: 17 }],
    ['pso17\r\n', { kind: 'label', orderId: 17 }],
    ['  Pso0017\t', { kind: 'label', orderId: 17 }],
    ['12345', { kind: 'order-id', orderId: 12345, text: '12345' }],
    ['0012\n', { kind: 'order-id', orderId: 12, text: '0012' }],
    ['SO-2024-0001', { kind: 'text', text: 'SO-2024-0001' }],
    ['PSO', { kind: 'text', text: 'PSO' }],
    ['PSO12A', { kind: 'text', text: 'PSO12A' }],
    ['PSO0', { kind: 'text', text: 'PSO0' }],
    ['0', { kind: 'text', text: '0' }],
    ['12 34', { kind: 'text', text: '12 34' }],
    ['', { kind: 'text', text: '' }],
  ])('reads %j', (code, expected) => {
    expect(parseOrderCode(code)).toEqual(expected);
  });

  it('treats digits beyond a safe integer as text, never as a rounded id', () => {
    expect(parseOrderCode('99999999999999999999')).toEqual({ kind: 'text', text: '99999999999999999999' });
    expect(parseOrderCode('PSO99999999999999999999')).toEqual({
      kind: 'text',
      text: 'PSO99999999999999999999',
    });
  });
});

describe('GS1', () => {
  it('checks the mod-10 check digit of every GTIN length', () => {
    expect(hasValidCheckDigit('4006381333931')).toBe(true); // EAN-13
    expect(hasValidCheckDigit('036000291452')).toBe(true); // UPC-A
    expect(hasValidCheckDigit('96385074')).toBe(true); // EAN-8
    expect(hasValidCheckDigit('09506000134352')).toBe(true); // GTIN-14
    expect(hasValidCheckDigit('4006381333932')).toBe(false);
    expect(hasValidCheckDigit('8712345678050')).toBe(true); // check digit 0
    expect(hasValidCheckDigit('8712345678051')).toBe(false);
    expect(hasValidCheckDigit('40063813339A1')).toBe(false);
    expect(hasValidCheckDigit('4')).toBe(false);
  });

  it.each([
    ['0109506000134352', '09506000134352'],
    [`${GS}0109506000134352${GS}10LOT7`, '09506000134352'],
    ['010950600013435217251231', '09506000134352'],
  ])('finds the GTIN in %j', (code, gtin) => {
    expect(gtinFromGs1(code)).toBe(gtin);
  });

  it.each([
    '0109506000134353', // wrong check digit
    '4006381333931', // a plain EAN, not an element string
    '1009506000134352', // another AI first
    '010950600013435', // too short
    '0109506000134352X', // a letter cannot start the next AI
  ])('finds no GTIN in %j', (code) => {
    expect(gtinFromGs1(code)).toBeNull();
  });
});

describe('shop order labels', () => {
  it('carries the shop and its own id, and reads back what it printed', () => {
    expect(shopLabelBarcode('emporix', 'orderId123456')).toBe('PSOX:orderId123456');
    expect(shopLabelBarcode('marketplace', '1001')).toBe('PSOM:1001');
    for (const id of ['orderId123456', '1001', 'Ünïcode 7', 'a/b?c#d', "quote'd", '100%', 'x:y']) {
      for (const source of ['marketplace', 'emporix'] as const) {
        const code = shopLabelBarcode(source, id);
        expect(code).toMatch(/^[\x21-\x7e]+$/);
        expect(parseOrderCode(code)).toEqual({ kind: 'shop-label', source, id });
        // A scanner's terminator and a lower-case prefix change nothing.
        expect(parseOrderCode(`${code.replace('PSO', 'pso')}\r\n`)).toEqual({
          kind: 'shop-label',
          source,
          id,
        });
      }
    }
    expect(() => shopLabelBarcode('emporix', '')).toThrow(RangeError);
  });

  it('leaves codes that only look like one to the text search', () => {
    for (const code of ['PSOQ:1', 'PSOX:', 'PSOX:%E0%A4%A', 'PSO:12', 'PSOXX:1']) {
      expect(parseOrderCode(code)).toEqual({ kind: 'text', text: code });
    }
    expect(isOwnLabel('PSOX:orderId1')).toBe(true);
    expect(isOwnLabel('PSO100234')).toBe(true);
    expect(isOwnLabel('SO-2026-012001')).toBe(false);
  });
});
