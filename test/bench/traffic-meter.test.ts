// The meter the drain figures use to say how many requests a side keeps in flight.
import { describe, expect, it } from 'vitest';
import { trafficMeter } from './traffic-meter.ts';

/** A fetch whose answers the test hands out one by one. */
function heldFetch() {
  const waiting: (() => void)[] = [];
  const fetch = (() =>
    new Promise<Response>((resolve) => {
      waiting.push(() => resolve(new Response(null, { status: 204 })));
    })) as typeof globalThis.fetch;
  return { fetch, answerNext: () => waiting.shift()?.() };
}

describe('trafficMeter', () => {
  it('counts requests and the most in flight at once', async () => {
    const inner = heldFetch();
    const meter = trafficMeter(inner.fetch);
    const first = [
      meter.fetch('http://127.0.0.1/a'),
      meter.fetch('http://127.0.0.1/b'),
      meter.fetch('http://127.0.0.1/c'),
    ];
    inner.answerNext();
    await first[0];
    const fourth = meter.fetch('http://127.0.0.1/d');
    for (let i = 0; i < 3; i++) inner.answerNext();
    await Promise.all([...first, fourth]);
    expect(meter.requests).toBe(4);
    expect(meter.maxInFlight).toBe(3);
  });

  it('gives the mean in flight as busy time over wall time, from zero after reset', async () => {
    let clock = 0;
    const inner = heldFetch();
    const meter = trafficMeter(inner.fetch, () => clock);
    await Promise.all([meter.fetch('http://127.0.0.1/warm-up'), inner.answerNext()]);
    meter.reset();
    const two = [meter.fetch('http://127.0.0.1/a'), meter.fetch('http://127.0.0.1/b')];
    clock = 10;
    inner.answerNext();
    inner.answerNext();
    await Promise.all(two);
    expect(meter.requests).toBe(2);
    expect(meter.meanInFlight(10)).toBe(2);
    expect(meter.meanInFlight(40)).toBe(0.5);
  });
});
