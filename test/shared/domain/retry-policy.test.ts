import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../shared/domain/retry-policy.ts';

describe('backoffDelay', () => {
  const policy = { baseMs: 1000, capMs: 60_000 };

  it('doubles per attempt between half and the full step', () => {
    expect(backoffDelay(1, () => 0, policy)).toBe(500);
    expect(backoffDelay(1, () => 0.999_999, policy)).toBe(1000);
    expect(backoffDelay(3, () => 0, policy)).toBe(2000);
    expect(backoffDelay(3, () => 0.5, policy)).toBe(3000);
  });

  it('is capped however many attempts there were', () => {
    expect(backoffDelay(40, () => 0.999_999, policy)).toBe(60_000);
    expect(backoffDelay(40, () => 0, policy)).toBe(30_000);
  });

  it('spreads stations apart (jitter)', () => {
    let seed = 1;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(5, random, policy)));
    expect(delays.size).toBeGreaterThan(40);
  });
});
