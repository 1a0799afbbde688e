import { describe, expect, it } from 'vitest';
import { calibrate, INTER_KEY_BOUNDS, MIN_CODE_LENGTH } from '../../../shared/domain/scanner-calibration.ts';
import type { KeyStroke } from '../../../shared/domain/wedge-scanner.ts';

/** One test scan: `text` then the terminator, with the given gaps (cycled) between the keys. */
function scan(text: string, gaps: number[], terminator = 'Enter'): KeyStroke[] {
  const keys = [...text, terminator];
  let time = 10_000;
  return keys.map((key, i) => {
    if (i > 0) time += gaps[(i - 1) % gaps.length] ?? 0;
    return { key, time };
  });
}

describe('calibrate', () => {
  it('recommends 1.5 × the slowest gap + 5 ms and a minimum length 2 below the shortest code', () => {
    const result = calibrate([
      scan('PSO123456', [4, 6]),
      scan('4006381333931', [5, 12, 3]),
      scan('AB-77-CD', [8]),
    ]);
    expect(result).toEqual({ ok: true, value: { maxInterKeyMs: 23, minLength: 6, terminator: 'Enter' } });
  });

  it('rounds the threshold up', () => {
    const result = calibrate([scan('ABCDEFGH', [7.3])]);
    expect(result.ok && result.value.maxInterKeyMs).toBe(Math.ceil(7.3 * 1.5 + 5));
  });

  it('never goes below 15 ms, even for a very fast scanner', () => {
    const result = calibrate([scan('ABCDEFGH', [1])]);
    expect(result.ok && result.value.maxInterKeyMs).toBe(INTER_KEY_BOUNDS.min);
  });

  it('never goes above 80 ms for a slow scanner', () => {
    const result = calibrate([scan('ABCDEFGH', [60])]);
    expect(result.ok && result.value.maxInterKeyMs).toBe(INTER_KEY_BOUNDS.max);
  });

  it('keeps the minimum length at 4 or more', () => {
    const result = calibrate([scan('ABCDE', [5]), scan('ABCD', [5])]);
    expect(result.ok && result.value.minLength).toBe(MIN_CODE_LENGTH);
  });

  it('detects a Tab terminator and ignores the Shift keys a scanner sends for capitals', () => {
    const withShift = scan('ABCDEF', [5], 'Tab').flatMap((stroke) =>
      stroke.key === 'Tab' ? [stroke] : [{ key: 'Shift', time: stroke.time - 400 }, stroke],
    );
    expect(calibrate([withShift])).toEqual({
      ok: true,
      value: { maxInterKeyMs: 15, minLength: 4, terminator: 'Tab' },
    });
  });

  it.each([
    ['no-samples', []],
    ['no-terminator', [scan('ABCDEF', [5]).slice(0, -1)]],
    ['no-terminator', [[]]],
    ['no-terminator', [scan('ABCDEF', [5], 'ArrowDown')]],
    ['mixed-terminators', [scan('ABCDEF', [5]), scan('ABCDEF', [5], 'Tab')]],
    [
      'unexpected-key',
      [[...scan('ABC', [5]).slice(0, 3), { key: 'Backspace', time: 10_020 }, ...scan('D', [5])]],
    ],
    ['too-short', [scan('ABCDEF', [5]), scan('ABC', [5])]],
    ['too-slow', [scan('ABCDEF', [5, 81])]],
  ] as const)('refuses with %s', (code, samples) => {
    const result = calibrate(samples.map((sample) => [...sample]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(20);
    }
  });

  it('says which test scan was wrong', () => {
    const result = calibrate([scan('ABCDEF', [5]), scan('ABCDEF', [5]).slice(0, -1)]);
    expect(!result.ok && result.error.message).toContain('Test scan 2');
  });

  it('accepts the slowest gap right at the 80 ms bound', () => {
    expect(calibrate([scan('ABCDEF', [80])]).ok).toBe(true);
  });
});
