import { describe, expect, it } from 'vitest';
import { createFaultController, validateFaultsPatch } from '../../../electron/main/simulator/faults.ts';
import { parseFaults } from '../../../electron/main/simulator/index.ts';

describe('parseFaults', () => {
  it('parses every knob', () => {
    expect(
      parseFaults('latency=250,error5xx=0.1,dropAfterApply=0.05,rate429=.2,unauthorized=1,offline=0'),
    ).toEqual({
      ok: true,
      value: {
        latency: 250,
        error5xx: 0.1,
        dropAfterApply: 0.05,
        rate429: 0.2,
        unauthorized: true,
        offline: false,
      },
    });
  });

  it('parses any subset, with spaces, and the empty spec', () => {
    expect(parseFaults(' offline=1 , error5xx=1 ')).toEqual({
      ok: true,
      value: { offline: true, error5xx: 1 },
    });
    expect(parseFaults('')).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['jitter=5', 'jitter'],
    ['latency=-1', 'latency'],
    ['latency=fast', 'latency'],
    ['latency=1.5', 'latency'],
    ['error5xx=1.5', 'error5xx'],
    ['rate429=-0.1', 'rate429'],
    ['dropAfterApply=', 'dropAfterApply'],
    ['offline=2', 'offline'],
    ['unauthorized=true', 'unauthorized'],
    ['latency', 'latency'],
    ['latency=1=2', 'latency'],
    ['latency=1,latency=2', 'latency'],
    ['latency=1,', "''"],
  ])('rejects %s naming %s', (spec, name) => {
    const parsed = parseFaults(spec);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(name);
  });
});

describe('validateFaultsPatch', () => {
  it('accepts partial objects and 0/1 for booleans', () => {
    expect(validateFaultsPatch({ offline: 1, unauthorized: 0, latency: 10 })).toEqual({
      ok: true,
      value: { offline: true, unauthorized: false, latency: 10 },
    });
  });

  it.each([
    [{ error5xx: 2 }, 'error5xx'],
    [{ latency: -5 }, 'latency'],
    [{ offline: 'yes' }, 'offline'],
    [{ slow: true }, 'slow'],
    [[], 'faults'],
  ])('rejects %j naming %s', (patch, name) => {
    const checked = validateFaultsPatch(patch);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.error).toContain(name);
  });
});

describe('fault dice', () => {
  it('replay the same sequence for the same seed, and rewind on restore', () => {
    const rolls = (seed: number) => {
      const dice = createFaultController({}, seed);
      return Array.from({ length: 40 }, () => dice.roll(0.5));
    };
    expect(rolls(9)).toEqual(rolls(9));
    expect(rolls(9)).not.toEqual(rolls(10));
    const dice = createFaultController({ latency: 5 }, 9);
    const first = Array.from({ length: 10 }, () => dice.roll(0.5));
    dice.set({ latency: 50, offline: true });
    dice.restore();
    expect(dice.current()).toMatchObject({ latency: 5, offline: false });
    expect(Array.from({ length: 10 }, () => dice.roll(0.5))).toEqual(first);
  });

  it('never rolls for 0 and always hits for 1', () => {
    const dice = createFaultController({}, 1);
    expect(Array.from({ length: 20 }, () => dice.roll(0)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 20 }, () => dice.roll(1)).every(Boolean)).toBe(true);
  });
});
