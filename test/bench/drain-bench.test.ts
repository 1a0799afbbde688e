// The drain figures drive the real engine and the raw sender against one simulator process: every
// queued step is applied on the server, and the requests per transition are counted, not assumed.
import { expect, it } from 'vitest';
import { drainBench } from './drain-bench.ts';
import { warehouseForTests } from './warehouse-fixture.ts';

const ORDERS = 300;
const fx = warehouseForTests(ORDERS);

it('drains through the engine and sends raw, counting the requests of each side', async () => {
  const plan = { perRound: 3, rounds: 2 };
  const [noLatency, latency] = await drainBench(fx.w, fx.sim, { noLatency: plan, latency20ms: plan });
  expect(noLatency).toMatchObject({ path: 'sync.drain.noLatency', unit: 'per-s', goal: 'ratio ≥ 0.7' });
  expect(latency).toMatchObject({ path: 'sync.drain.latency20ms', unit: 'per-s', goal: 'ratio ≥ 0.85' });
  // `process` from new: look, send, look again (it could move an order twice). Raw: POST only, then GET + POST.
  expect(noLatency?.detail).toMatchObject({
    stationRequestsPerTransition: 3,
    baselineRequestsPerTransition: 1,
  });
  expect(noLatency?.detail).toMatchObject({ rawThreeRequestCeiling: expect.any(Number) });
  expect(latency?.detail).toMatchObject({
    stationRequestsPerTransition: 3,
    baselineRequestsPerTransition: 2,
  });

  // Every transition of both sides reached the server, each on its own order: 2 warm-ups of 8,
  // 2 paths × 2 rounds × 3 per side, and the three-request ceiling's 2 rounds × 3.
  const answer = await fetch(`${fx.sim.url}/_sim/transitions`, { headers: { 'X-API-KEY': fx.sim.apiKey } });
  const applied = (await answer.json()) as { orderId: number; action: string; from: string }[];
  expect(applied).toHaveLength(16 + 24 + 6);
  expect(new Set(applied.map((t) => t.orderId)).size).toBe(applied.length);
  expect(applied.every((t) => t.action === 'process' && t.from === 'new')).toBe(true);
});
