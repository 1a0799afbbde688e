import { describe, expect, it } from 'vitest';
import { detectLayoutMismatch, LAYOUT_TABLES } from '../../../shared/domain/scanner-layout.ts';

describe('detectLayoutMismatch', () => {
  it('every table maps one shown character to one meant character', () => {
    for (const table of LAYOUT_TABLES) {
      expect([...table.shown].length, table.kind).toBe([...table.meant].length);
      expect(new Set(table.shown).size, table.kind).toBe([...table.shown].length);
    }
  });

  it('spots a US scanner on an AZERTY PC from the digits alone', () => {
    const check = detectLayoutMismatch('PSO&é"\'(');
    expect(check).toMatchObject({ mismatch: true, kind: 'qwerty-scanner-azerty-pc', decoded: 'PSO12345' });
    expect(check.message).toContain('Set the scanner to the keyboard layout of this PC');
  });

  it('spots an AZERTY scanner on a US PC (digits as shifted symbols)', () => {
    expect(detectLayoutMismatch('PSO!@#$%^&*()')).toMatchObject({
      mismatch: true,
      kind: 'azerty-scanner-qwerty-pc',
      decoded: 'PSO1234567890',
    });
  });

  it('spots a US scanner on a German PC from a ß', () => {
    expect(detectLayoutMismatch('ABCßX12')).toMatchObject({
      mismatch: true,
      kind: 'qwerty-scanner-qwertz-pc',
      decoded: 'ABC-X12',
    });
  });

  it('decodes letters too once the layout is known', () => {
    // "AQZW-99" typed by a US scanner on a French PC.
    expect(detectLayoutMismatch('QAWZ)çç')).toMatchObject({ decoded: 'AQZW-99' });
  });

  it('finds the layout that explains a known test code, letters included', () => {
    expect(detectLayoutMismatch('Qbcy', 'Abcy')).toMatchObject({ kind: 'qwerty-scanner-azerty-pc' });
    expect(detectLayoutMismatch('qbcz', 'qbcy')).toMatchObject({ kind: 'qwerty-scanner-qwertz-pc' });
    expect(detectLayoutMismatch('ZX/1', 'YX-1')).toMatchObject({ kind: 'qwertz-scanner-qwerty-pc' });
    expect(detectLayoutMismatch('!@;', '12m')).toMatchObject({ kind: 'azerty-scanner-qwerty-pc' });
  });

  it('finds nothing wrong with the expected code', () => {
    expect(detectLayoutMismatch('PSO&é', 'PSO&é')).toEqual({ mismatch: false, message: null });
  });

  it.each(['PSO123', '4006381333931', 'AB-12/C', 'R&D-7', 'A(1)', ''])('leaves %j alone', (code) => {
    expect(detectLayoutMismatch(code)).toEqual({ mismatch: false, message: null });
  });

  it('needs two digit-row symbols and no digits before it suspects garbled digits', () => {
    expect(detectLayoutMismatch('AB&C').mismatch).toBe(false);
    expect(detectLayoutMismatch('AB&(').mismatch).toBe(true);
    expect(detectLayoutMismatch('AB&(1').mismatch).toBe(false);
  });

  it('does not blame the layout for a different code', () => {
    expect(detectLayoutMismatch('XYZ123', 'PSO123')).toEqual({ mismatch: false, message: null });
  });
});
