// Paths 2 and 3: the outbox drain. The station's side is the real sync engine (default pool, no
// pull of its own) draining N queued `process` steps of fresh orders, each as it does it: look
// (GET), send (POST), look again where the action can move an order twice, commit each outcome.
// The raw side does the same transitions with plain fetch on the same keep-alive agent against the
// same simulator process: without latency one POST after the other (what the wire allows one
// client); with latency a pool of 4 doing GET + POST per transition (the width the engine is given).

import { untilEmpty } from '../../electron/cli/sync-until-empty.ts';
import { createEquipmeClient } from '../../electron/main/api/index.ts';
import { nodeWire } from '../../electron/main/api/wire.ts';
import { outboxCounts } from '../../electron/main/outbox/index.ts';
import { createSyncEngine, type SyncEngine } from '../../electron/main/sync/sync-engine.ts';
import { interleaved, median } from './measure.ts';
import { type PathFigure, ratioAtLeast } from './path-figure.ts';
import type { SimProcess } from './sim-process.ts';
import { type TrafficMeter, trafficMeter } from './traffic-meter.ts';
import type { Warehouse } from './warehouse.ts';

export interface DrainPlan {
  /** Transitions per round and side. */
  perRound: number;
  rounds: number;
}

const POOL = 4;
const CEILING_POOL = 32;
const ROUND_TIMEOUT_MS = 300_000;

export async function drainBench(
  w: Warehouse,
  sim: SimProcess,
  plans: { noLatency: DrainPlan; latency20ms: DrainPlan },
): Promise<PathFigure[]> {
  const stationMeter = trafficMeter();
  const rawMeter = trafficMeter();
  // The station's own order wire (node:http, as the app sends its looks and transitions), metered.
  const client = createEquipmeClient({
    baseUrl: sim.url,
    apiKey: sim.apiKey,
    orderWire: stationMeter.wrap(nodeWire),
  });
  const engine = createSyncEngine({ db: w.db, client, pullIntervalMs: 0 });
  engine.start();
  try {
    await untilDraining(engine);
    const raw = rawSender(sim, rawMeter.fetch);
    // Warm both sides up (connections, JIT) before anything is timed.
    await drainStation(w, engine, 8);
    await raw.sequentialPosts(w.takeNew(8));

    const noLatency = await measure(w, engine, plans.noLatency, stationMeter, rawMeter, (ids) =>
      raw.sequentialPosts(ids),
    );
    const ceiling = await threeRequestCeiling(w, raw, plans.noLatency);
    await sim.setLatency(20);
    const latency = await measure(w, engine, plans.latency20ms, stationMeter, rawMeter, (ids) =>
      raw.pooledLookAndSend(ids, POOL),
    );
    await sim.setLatency(0);
    return [
      ratioAtLeast('sync.drain.noLatency', noLatency.station, noLatency.baseline, 0.7, {
        ...noLatency.detail,
        baseline: 'sequential keep-alive POSTs of the same transition to the same simulator',
        rawThreeRequestCeiling: round(ceiling),
        stationToThreeRequestCeiling: round(noLatency.station / ceiling),
      }),
      ratioAtLeast('sync.drain.latency20ms', latency.station, latency.baseline, 0.85, {
        ...latency.detail,
        latencyMs: 20,
        baseline: `a pool of ${POOL} doing GET + POST per transition, same simulator and latency`,
      }),
    ];
  } finally {
    await engine.stop();
  }
}

interface Measured {
  station: number;
  baseline: number;
  detail: Record<string, number>;
}

async function measure(
  w: Warehouse,
  engine: SyncEngine,
  plan: DrainPlan,
  stationMeter: TrafficMeter,
  rawMeter: TrafficMeter,
  rawDrain: (ids: number[]) => Promise<void>,
): Promise<Measured> {
  const traffic = { station: { requests: 0, inFlight: [] as number[], max: 0 }, raw: { requests: 0 } };
  const rates = await interleaved(
    plan.rounds,
    async () => {
      stationMeter.reset();
      const ms = await drainStation(w, engine, plan.perRound);
      traffic.station.requests += stationMeter.requests;
      traffic.station.inFlight.push(stationMeter.meanInFlight(ms));
      traffic.station.max = Math.max(traffic.station.max, stationMeter.maxInFlight);
      return (plan.perRound * 1000) / ms;
    },
    async () => {
      const ids = w.takeNew(plan.perRound);
      rawMeter.reset();
      const started = performance.now();
      await rawDrain(ids);
      traffic.raw.requests += rawMeter.requests;
      return (plan.perRound * 1000) / (performance.now() - started);
    },
  );
  const transitions = plan.perRound * plan.rounds;
  return {
    station: median(rates.station),
    baseline: median(rates.baseline),
    detail: {
      rounds: plan.rounds,
      transitionsPerRound: plan.perRound,
      stationRequestsPerTransition: round(traffic.station.requests / transitions),
      stationMeanInFlight: round(median(traffic.station.inFlight)),
      stationMaxInFlight: traffic.station.max,
      baselineRequestsPerTransition: round(traffic.raw.requests / transitions),
    },
  };
}

/**
 * What the wire allows the station's own request pattern: look, POST, look again per transition, a
 * pool as wide as the engine's widest (32), no database and no validation. Transitions per second,
 * median of rounds: the ceiling the station's drain is judged against in docs/performance.md.
 */
async function threeRequestCeiling(
  w: Warehouse,
  raw: ReturnType<typeof rawSender>,
  plan: DrainPlan,
): Promise<number> {
  const rates: number[] = [];
  for (let r = 0; r < plan.rounds; r++) {
    const ids = w.takeNew(plan.perRound);
    const started = performance.now();
    await raw.pooledLookSendLook(ids, CEILING_POOL);
    rates.push((plan.perRound * 1000) / (performance.now() - started));
  }
  return median(rates);
}

/** Queues `count` steps (not timed), wakes the engine and times it until the outbox is settled. */
async function drainStation(w: Warehouse, engine: SyncEngine, count: number): Promise<number> {
  const appliedBefore = outboxCounts(w.db).applied;
  for (const orderId of w.takeNew(count)) w.enqueueProcess(orderId);
  const started = performance.now();
  engine.wake();
  const ending = await untilEmpty(engine, new AbortController().signal, ROUND_TIMEOUT_MS);
  const ms = performance.now() - started;
  const applied = outboxCounts(w.db).applied - appliedBefore;
  if (ending.kind !== 'empty' || applied !== count) {
    const { lastProblem } = engine.status();
    throw new Error(
      `the engine applied ${applied} of ${count} steps and ended '${ending.kind}'${lastProblem ? ` (${lastProblem})` : ''}`,
    );
  }
  return ms;
}

async function untilDraining(engine: SyncEngine): Promise<void> {
  for (let tries = 0; engine.status().role !== 'draining'; tries++) {
    if (tries > 200) throw new Error(`the sync engine did not take the lease (role ${engine.status().role})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The same transitions sent raw: the request the engine sends, nothing around it. */
function rawSender(sim: SimProcess, send: typeof fetch) {
  const headers = {
    'X-API-KEY': sim.apiKey,
    Accept: 'application/json',
    'User-Agent': 'PackingStation',
  };
  const orderUrl = (id: number) => `${sim.url}/v1/fulfillment/orders/${id}`;
  async function post(id: number): Promise<void> {
    const answer = await send(`${orderUrl(id)}/transitions`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: '{"action":"process"}',
    });
    await answer.text();
    if (answer.status !== 204) throw new Error(`raw POST for order ${id}: HTTP ${answer.status}`);
  }
  async function look(id: number, expected = 'new'): Promise<void> {
    const answer = await send(orderUrl(id), { headers });
    const order = JSON.parse(await answer.text()) as { status?: string };
    if (answer.status !== 200 || order.status !== expected) {
      throw new Error(`raw GET for order ${id}: HTTP ${answer.status}, status ${order.status}`);
    }
  }
  return {
    async sequentialPosts(ids: number[]): Promise<void> {
      for (const id of ids) await post(id);
    },
    pooledLookAndSend: (ids: number[], width: number) =>
      pooled(ids, width, async (id) => {
        await look(id);
        await post(id);
      }),
    pooledLookSendLook: (ids: number[], width: number) =>
      pooled(ids, width, async (id) => {
        await look(id);
        await post(id);
        await look(id, 'inprocess');
      }),
  };
}

/** `width` workers taking the next id as each finishes its last: a rolling pool. */
async function pooled(ids: number[], width: number, transition: (id: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < ids.length) await transition(ids[next++] as number);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

const round = (n: number) => Math.round(n * 100) / 100;
