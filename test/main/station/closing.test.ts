// Closing the station (quit, OS shutdown): nothing new starts, a send on the wire gets its grace,
// and one Equipme holds past it is left as a crash leaves it: `sending`, reconciled exactly once on
// the next start, by looking before sending.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { type Simulator, startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSessionSecretBox } from '../../../electron/main/station/index.ts';
import { startTestStation, type TestStation, until } from './station-fixture.ts';

const API_KEY = 'sk-closing-5c1e9a2b7d';
const PIN = '24680';

/** Equipme behind a door that holds every transition POST until the test opens it. */
async function holdingProxy(upstream: string) {
  const held: { request: IncomingMessage; body: Buffer; response: ServerResponse }[] = [];
  let open = false;
  const forward = async (request: IncomingMessage, body: Buffer) => {
    const headers = Object.fromEntries(
      Object.entries(request.headers).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
      ),
    );
    return fetch(new URL(request.url ?? '/', upstream), {
      method: request.method ?? 'GET',
      headers,
      ...(body.length > 0 ? { body } : {}),
    });
  };
  const answer = async (request: IncomingMessage, body: Buffer, response: ServerResponse) => {
    const upstreamAnswer = await forward(request, body);
    const text = Buffer.from(await upstreamAnswer.arrayBuffer());
    // A station that closed meanwhile is gone: its socket is closed and the answer goes nowhere.
    if (response.destroyed) return;
    response.writeHead(upstreamAnswer.status, {
      'content-type': upstreamAnswer.headers.get('content-type') ?? 'text/plain',
    });
    response.end(text);
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      if (!open && request.method === 'POST' && request.url?.endsWith('/transitions')) {
        held.push({ request, body, response });
        return;
      }
      void answer(request, body, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('the proxy did not listen');
  return {
    url: `http://127.0.0.1:${address.port}`,
    held: () => held.length,
    /** The held POSTs reach Equipme now, and their answers go back. */
    async open() {
      open = true;
      for (const { request, body, response } of held.splice(0)) await answer(request, body, response);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

let dir: string;
let sim: Simulator;
let proxy: Awaited<ReturnType<typeof holdingProxy>>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'station-closing-'));
  sim = await startSimulator({ seed: 11, orders: 20, apiKey: API_KEY });
  proxy = await holdingProxy(sim.url);
});
afterEach(async () => {
  await proxy.close();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

async function liveStation(dbFile: string, secretBox: ReturnType<typeof createSessionSecretBox>) {
  const st = await startTestStation(dbFile, { secretBox, waitForPull: false });
  await st.value('settings:update', { supervisorPin: { next: PIN } });
  await st.value('settings:update', { apiUrl: proxy.url, apiKey: API_KEY, pin: PIN });
  await st.value('operator:sign-in', { name: 'Ana' });
  return st;
}

async function newOrder(st: TestStation): Promise<number> {
  const query = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 1 } as const;
  let id: number | undefined;
  await until('the live orders', async () => {
    const { rows } = await st.value('orders:query', { ...query, statuses: ['new'] });
    id = rows[0]?.id;
    return id !== undefined && sim.order(id)?.status === 'new';
  });
  if (id === undefined) throw new Error('no new order');
  return id;
}

function outboxOf(dbFile: string) {
  const db = openStationDb(dbFile);
  try {
    return listOutbox(db);
  } finally {
    db.close();
  }
}

describe('closing the station', () => {
  it('refuses new work while closing, leaves a send held past the grace `sending`, and the next start applies it exactly once', async () => {
    const dbFile = join(dir, 'station.db');
    const secretBox = createSessionSecretBox();
    const st = await liveStation(dbFile, secretBox);
    const orderId = await newOrder(st);
    await st.value('transitions:enqueue', { orderId, action: 'process', seenStatus: 'new' });
    await until('the POST to be held', () => proxy.held() === 1);

    const closing = st.station.close();
    const refused = await st.call('transitions:enqueue', {
      orderId,
      action: 'process',
      seenStatus: 'inprocess',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(refused.ok ? '' : refused.error.message).toContain('The station is closing');
    // Reads go on until the database closes.
    await expect(st.value('orders:get', { orderId })).resolves.toMatchObject({
      effectiveStatus: 'inprocess',
    });
    await closing;

    expect(proxy.held(), 'close did not wait for Equipme to answer').toBe(1);
    expect(outboxOf(dbFile).map((entry) => entry.state)).toEqual(['sending']);
    const afterClose = await st.call('orders:get', { orderId });
    expect(afterClose.ok ? '' : afterClose.error.message).toContain('The station is closing');

    // The held POST reaches Equipme after all: the next start must not send it again.
    await proxy.open();
    expect(sim.transitions().filter((t) => t.orderId === orderId)).toHaveLength(1);
    const again = await startTestStation(dbFile, { secretBox, waitForPull: false });
    try {
      await until('the entry to be reconciled', () => outboxOf(dbFile)[0]?.state === 'applied');
    } finally {
      await again.station.close();
    }
    expect(
      sim
        .transitions()
        .filter((t) => t.orderId === orderId)
        .map((t) => t.action),
    ).toEqual(['process']);
    expect(sim.order(orderId)?.status).toBe('inprocess');
  }, 30_000);

  it('lets a send answered within the grace record its outcome', async () => {
    const dbFile = join(dir, 'station.db');
    const st = await liveStation(dbFile, createSessionSecretBox());
    const orderId = await newOrder(st);
    await st.value('transitions:enqueue', { orderId, action: 'process', seenStatus: 'new' });
    await until('the POST to be held', () => proxy.held() === 1);

    const closing = st.station.close();
    await proxy.open();
    await closing;

    expect(outboxOf(dbFile).map((entry) => entry.state)).toEqual(['applied']);
    expect(sim.transitions().filter((t) => t.orderId === orderId)).toHaveLength(1);
  }, 30_000);
});
