import { describe, expect, it } from 'vitest';
import {
  badgeOperator,
  badgePrefixProblem,
  cleanOperatorName,
  isBadge,
  sameOperator,
} from '../../../shared/domain/operator-badge.ts';

describe('operator badge', () => {
  it('reads the name after the prefix, whatever case the scanner sent', () => {
    expect(isBadge('OP:Anna', 'OP:')).toBe(true);
    expect(isBadge('op:Anna\r\n', 'OP:')).toBe(true);
    expect(isBadge('\u001dOP:Anna', 'OP:')).toBe(true);
    expect(badgeOperator('op:Anna de  Vries\n', 'OP:')).toEqual({ ok: true, name: 'Anna de Vries' });
  });

  it('is no badge without its prefix or without a prefix at all', () => {
    for (const code of ['SO-000123', 'PSO42', '4006381333931', 'O P:Anna', ' OPAnna']) {
      expect(isBadge(code, 'OP:'), code).toBe(false);
    }
    expect(isBadge('OP:Anna', '')).toBe(false);
  });

  it('a badge with no name, or a name too long, names nobody', () => {
    expect(badgeOperator('OP:  \u200B', 'OP:')).toMatchObject({ ok: false, problem: 'empty' });
    expect(badgeOperator(`OP:${'ä'.repeat(61)}`, 'OP:')).toMatchObject({ ok: false, problem: 'too-long' });
    expect(badgeOperator(`OP:${'ä'.repeat(60)}`, 'OP:')).toMatchObject({ ok: true });
  });

  it('cleans a typed name: controls, bidi and format characters go, spaces collapse', () => {
    expect(cleanOperatorName('\u202EAnna\u0000\u00AD\tBram\u2028')).toEqual({ ok: true, name: 'Anna Bram' });
    expect(cleanOperatorName('Jose\u0301')).toEqual({ ok: true, name: 'José' });
    expect(cleanOperatorName('<script>x</script>')).toEqual({ ok: true, name: '<script>x</script>' });
    expect(cleanOperatorName(' \t\n ')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('one person in two spellings is one operator; nobody is nobody', () => {
    expect(sameOperator('Anna', 'anna')).toBe(true);
    expect(sameOperator('Anna', 'Bram')).toBe(false);
    expect(sameOperator('', '')).toBe(false);
  });

  it('a prefix needs a symbol, no spaces and a sensible length', () => {
    expect(badgePrefixProblem('OP:')).toBeNull();
    expect(badgePrefixProblem('#')).toBe('length');
    expect(badgePrefixProblem('X'.repeat(17))).toBe('length');
    expect(badgePrefixProblem('OP :')).toBe('spaces');
    expect(badgePrefixProblem('OP:\u200B')).toBe('spaces');
    expect(badgePrefixProblem('PSO')).toBe('needs-symbol');
    expect(badgePrefixProblem('1234')).toBe('needs-symbol');
  });
});
