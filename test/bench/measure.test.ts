// The helpers every bench figure goes through: percentiles by nearest rank and the interleaving
// that alternates which side runs first.
import { describe, expect, it } from 'vitest';
import { interleaved, median, percentile } from './measure.ts';

describe('percentile', () => {
  it('takes the nearest rank: p99 of 100 samples is the 99th smallest, not the largest', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile(samples, 1)).toBe(100);
    expect(percentile(samples, 0.5)).toBe(50);
  });

  it('answers the single sample for any share, and refuses no samples', () => {
    expect(percentile([7], 0.01)).toBe(7);
    expect(percentile([7], 0.99)).toBe(7);
    expect(() => percentile([], 0.5)).toThrow(RangeError);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    expect(median(samples)).toBe(2);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('interleaved', () => {
  it('runs the station first in even rounds and the baseline first in odd ones', async () => {
    const calls: string[] = [];
    const out = await interleaved(
      4,
      (round) => {
        calls.push(`station ${round}`);
        return round * 10;
      },
      async (round) => {
        calls.push(`baseline ${round}`);
        return round;
      },
    );
    expect(calls).toEqual([
      'station 0',
      'baseline 0',
      'baseline 1',
      'station 1',
      'station 2',
      'baseline 2',
      'baseline 3',
      'station 3',
    ]);
    expect(out).toEqual({ station: [0, 10, 20, 30], baseline: [0, 1, 2, 3] });
  });
});
