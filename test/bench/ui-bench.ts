// The operator's UI in Chromium against browser mode with 50,000 cached orders: start-up, the first
// rows, scan-to-feedback on the order screen, and a keystroke in the queue's search field until its
// results are painted — typed the way a person types, one key at a time into the focused field.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openStationDb, queryOrders } from '../../electron/main/db/index.ts';
import { openCountsByStatus, openLocations } from '../../electron/main/db/order-queue-facts.ts';
import { seedData } from '../../electron/main/simulator/seed/dataset.ts';
import { OPEN_STATUSES } from '../../shared/domain/lifecycle.ts';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import type { OrdersQueryArgs } from '../../shared/ipc/orders.ts';
import { type BrowserStation, scan, startStationOnApi, waitForOrderScreen } from '../e2e/station-fixture.ts';
import { summarize } from './measure.ts';
import { type BenchOptions, below, type PathFigure } from './path-figure.ts';
import { startSimProcess } from './sim-process.ts';

/** What the operator types: an order number, a customer, a part number (filled in from the data). */
const CUSTOMER = 'Müller';
/** The `queue-search-paint` measure's detail (renderer/features/queue/search-timing.ts). */
interface SearchPaintDetail {
  text: string;
  typedAt: number;
  sentMs: number | null;
  answeredMs: number | null;
  committedMs: number | null;
}

/** Rows the queue asks per window (WINDOW_SIZE in renderer/features/queue/use-queue-store.ts). */
const QUEUE_WINDOW = 50;

/** A person's pause between two keys, after the results of the last one are on screen. */
const BETWEEN_KEYS_MS = 120;

export async function uiBench(opts: BenchOptions): Promise<PathFigure[]> {
  const orders = opts.quick ? 5_000 : 50_000;
  // The simulator in a process of its own, as Equipme is a server of its own: its 50k orders, their
  // pages and the sales copies do not share this event loop (and its garbage collector) with the
  // station measured. What to type and scan comes from the same seeded data.
  const chosen = chooseOrders(orders, opts.quick);
  const sim = await startSimProcess(orders);
  const s = await startStationOnApi(sim).catch(async (error: unknown) => {
    await sim.close();
    throw error;
  });
  try {
    const pulled = await waitForPull(s);
    // Before the page's own scripts: every keydown the window sees, with its timestamp.
    await s.page.addInitScript(() => {
      const seen: number[] = [];
      (globalThis as unknown as { benchKeydowns: number[] }).benchKeydowns = seen;
      (globalThis as unknown as EventTarget).addEventListener(
        'keydown',
        (event) => seen.push(event.timeStamp),
        {
          capture: true,
        },
      );
    });
    const ready: number[] = [];
    const firstRow: number[] = [];
    for (let i = 0; i < (opts.quick ? 2 : 5); i++) {
      const started = performance.now();
      await s.page.goto(s.url);
      await s.page.getByText('Packing Station').first().waitFor();
      ready.push(performance.now() - started);
      await s.page.locator('[role="option"]').first().waitFor();
      firstRow.push(performance.now() - started);
    }

    const keystrokes = await searchKeystrokes(s, chosen.terms);
    const feedback = await scanToFeedback(s, chosen.packable);
    const load = (await import('node:os')).loadavg()[0] ?? 0;
    const rendererReady = summarize(ready);
    const queueFirst = summarize(firstRow);
    const scanned = summarize(feedback);
    return [
      below('ui.rendererReady.p95', 'ms', rendererReady.p95Ms, 1_000, null, {
        n: rendererReady.n,
        orders,
        openCached: pulled.cached,
        stationPullMs: Math.round(pulled.ms),
      }),
      below('ui.queueFirstRender.p95', 'ms', queueFirst.p95Ms, 1_000, null, { n: queueFirst.n, orders }),
      below('ui.scanToFeedback.p95', 'ms', scanned.p95Ms, 100, null, { n: scanned.n }),
      keystrokes.figure(orders, pulled.cached, load),
    ];
  } finally {
    await s.close();
    await sim.close();
  }
}

/** Until the station's first pull has cached every open order; how many that is. */
async function waitForPull(s: BrowserStation): Promise<{ ms: number; cached: number }> {
  const started = performance.now();
  for (;;) {
    const status = await s.station.handlers['sync:status'](undefined);
    if (status.ok && status.value.lastPull)
      return { ms: performance.now() - started, cached: status.value.lastPull.orders };
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** An order to scan and pick, as the simulator has it: its id, number and each line's part and count. */
interface PackableOrder {
  id: number;
  orderNumber: string;
  lines: { partNumber: string; quantity: number }[];
}

/**
 * From the simulator's seeded data (`station simulator --seed 1`): the prefixes a person types (each
 * term's characters, one at a time) and the orders to scan. Only these are kept.
 */
function chooseOrders(orders: number, quick: boolean): { terms: string[]; packable: PackableOrder[] } {
  const data = seedData(1, orders);
  const listed = data.orders.filter((o) => !data.foreignIds.has(o.id));
  const open = listed.filter((o) => (OPEN_STATUSES as readonly string[]).includes(o.status));
  const pick = (n: number) => open[Math.floor((open.length * n) / 7)];
  const orderNumber = pick(3)?.order.orderNumber ?? '';
  const partNumber = pick(5)?.bomItems?.[0]?.product?.partNumber ?? '';
  const packable = listed
    .filter((o) => o.status === 'inprocess' && (o.bomItems?.length ?? 0) >= 3)
    .slice(0, quick ? 2 : 5)
    .map((o) => ({
      id: o.id,
      orderNumber: o.order.orderNumber,
      lines: (o.bomItems ?? []).map((line) => ({
        partNumber: line.product?.partNumber ?? '',
        quantity: line.quantity,
      })),
    }));
  return {
    terms: quick
      ? [CUSTOMER, orderNumber]
      : [orderNumber, CUSTOMER, partNumber, 'soci', orderNumber.slice(-5)],
    packable,
  };
}

interface Keystroke {
  text: string;
  /** Keydown (the window's first listener) to the frame after the list committed the results. */
  totalMs: number;
  /** Keydown to the field's input event: the wedge detector holds a key until it knows it is no scan. */
  heldMs: number;
  detail: SearchPaintDetail;
  /** The same orders:query run in this process, right after: the handler, and the store query alone. */
  handlerMs: number;
  queryMs: number;
  factsMs: number;
  /** The handler's answer as JSON, as the transport carries it. */
  answerBytes: number;
  /**
   * The floor of the transport, from the page right after: a frame on a socket of its own to the
   * same host and back, for `station:info` (tiny) and for this very orders:query (no React, no store).
   */
  rawInfoMs: number;
  rawQueryMs: number;
}

async function searchKeystrokes(s: BrowserStation, terms: string[]) {
  const db = openStationDb(join(s.dataDir, 'station.db'));
  const samples: Keystroke[] = [];
  try {
    await s.page.keyboard.press('F2');
    for (const term of terms) {
      await clearSearch(s.page);
      for (let i = 1; i <= term.length; i++) {
        const text = term.slice(0, i);
        samples.push(await typeOneKey(s, db, text));
        await s.page.waitForTimeout(BETWEEN_KEYS_MS);
      }
    }
  } finally {
    db.close();
  }
  return {
    figure(orders: number, openCached: number, load: number): PathFigure {
      const share = (pick: (k: Keystroke) => number) => summarize(samples.map(pick)).p50Ms;
      const total = summarize(samples.map((k) => k.totalMs));
      return below('ui.searchKeystroke.p95', 'ms', total.p95Ms, 50, null, {
        n: total.n,
        orders,
        openCached,
        load1: Math.round(load * 10) / 10,
        p50Ms: total.p50Ms,
        maxMs: total.maxMs,
        'p50.heldByWedgeMs': share((k) => k.heldMs),
        'p50.typedToSentMs': share((k) => k.detail.sentMs ?? 0),
        'p50.sentToAnsweredMs': share((k) => (k.detail.answeredMs ?? 0) - (k.detail.sentMs ?? 0)),
        'p50.answeredToCommittedMs': share((k) => (k.detail.committedMs ?? 0) - (k.detail.answeredMs ?? 0)),
        'p50.committedToPaintMs': share((k) => k.totalMs - k.heldMs - (k.detail.committedMs ?? 0)),
        'p50.mainHandlerMs': share((k) => k.handlerMs),
        'p50.storeQueryMs': share((k) => k.queryMs),
        'p50.countsAndLocationsMs': share((k) => k.factsMs),
        'p50.answerBytes': share((k) => k.answerBytes),
        'p50.rawSocketInfoMs': share((k) => k.rawInfoMs),
        'p50.rawSocketQueryMs': share((k) => k.rawQueryMs),
        // The three slowest keys, each step in ms after the keydown, then the same query on a raw
        // socket and in the store alone.
        slowest: [...samples]
          .sort((a, b) => b.totalMs - a.totalMs)
          .slice(0, 3)
          .map((k) => {
            const at = (ms: number | null) => Math.round(k.heldMs + (ms ?? 0));
            const { sentMs, answeredMs, committedMs } = k.detail;
            return (
              `${JSON.stringify(k.text)} ${Math.round(k.totalMs)} ms (typed ${at(0)}, sent ${at(sentMs)}, ` +
              `answered ${at(answeredMs)}, committed ${at(committedMs)}; raw socket ${Math.round(
                k.rawQueryMs,
              )}, store ${Math.round(k.queryMs)})`
            );
          })
          .join(', '),
      });
    },
  };
}

async function clearSearch(page: Page): Promise<void> {
  const field = page.getByRole('searchbox');
  if ((await field.inputValue()) === '') return;
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitForPaint(page, '');
}

async function typeOneKey(s: BrowserStation, db: ReturnType<typeof openStationDb>, text: string) {
  const key = text.at(-1) ?? '';
  const before = await s.page.evaluate(() => performance.now());
  await pressKey(s.page, key);
  const detail = await waitForPaint(s.page, text, before);
  const keydown = await s.page.evaluate(
    (since) =>
      (globalThis as unknown as { benchKeydowns: number[] }).benchKeydowns.findLast((t) => t >= since),
    before,
  );
  // As the queue asks for a key typed: its first window, the chips as last counted.
  const args: OrdersQueryArgs = {
    sort: { by: 'created', direction: 'asc' },
    offset: 0,
    limit: QUEUE_WINDOW,
    queueFacts: 'as-counted',
  };
  if (text.trim()) args.text = text.trim();
  let started = performance.now();
  const answer = await s.station.handlers['orders:query'](args);
  const handlerMs = performance.now() - started;
  const answerBytes = Buffer.byteLength(JSON.stringify(answer));
  started = performance.now();
  queryOrders(db, { ...args, locationIds: [] });
  const queryMs = performance.now() - started;
  started = performance.now();
  openCountsByStatus(db, []);
  openLocations(db);
  const factsMs = performance.now() - started;
  const rawInfoMs = await rawRoundTrip(s.page, 'station:info', undefined);
  const rawQueryMs = await rawRoundTrip(s.page, 'orders:query', args);
  const heldMs = detail.typedAt - (keydown ?? detail.typedAt);
  return {
    text,
    totalMs: heldMs + detail.paintedMs,
    heldMs,
    detail,
    handlerMs,
    queryMs,
    factsMs,
    answerBytes,
    rawInfoMs,
    rawQueryMs,
  };
}

/** One frame from the page on a socket of its own (the page's address carries the secret), timed there. */
async function rawRoundTrip(page: Page, channel: string, args: unknown): Promise<number> {
  return page.evaluate(
    async ({ channel, args }) => {
      const g = globalThis as unknown as { benchSocket?: Promise<WebSocket> };
      g.benchSocket ??= new Promise((resolve, reject) => {
        const place = (globalThis as unknown as { location: { hash: string; host: string } }).location;
        const secret = new URLSearchParams(place.hash.slice(1)).get('secret') ?? '';
        const socket = new WebSocket(`ws://${place.host}/ipc?secret=${encodeURIComponent(secret)}`);
        socket.onopen = () => resolve(socket);
        socket.onerror = () => reject(new Error('the bench socket did not open'));
      });
      const socket = await g.benchSocket;
      const id = Math.floor(Math.random() * 1e9);
      return new Promise<number>((resolve) => {
        const started = performance.now();
        const onMessage = (event: MessageEvent) => {
          if (!String(event.data).startsWith(`{"id":${id},`)) return;
          socket.removeEventListener('message', onMessage);
          resolve(performance.now() - started);
        };
        socket.addEventListener('message', onMessage);
        socket.send(JSON.stringify(args === undefined ? { id, channel } : { id, channel, args }));
      });
    },
    { channel, args },
  );
}

/** One key as a keyboard sends it; ü and other keys of a German layout too (Playwright knows US keys). */
async function pressKey(page: Page, key: string): Promise<void> {
  if (/^[\x20-\x7e]$/.test(key)) return page.keyboard.press(key);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
  await cdp.detach();
}

/** The paint of this text's results (a measure of the page), at or after `since`. */
async function waitForPaint(page: Page, text: string, since = 0) {
  const handle = await page.waitForFunction(
    ({ text, since, name }) => {
      const detailOf = (e: unknown) => (e as unknown as { detail?: { text: string } }).detail;
      const hit = performance
        .getEntriesByName(name)
        .find((e) => e.startTime >= since && detailOf(e)?.text === text);
      return hit ? { ...detailOf(hit), paintedMs: hit.duration } : null;
    },
    { text, since, name: 'queue-search-paint' },
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as SearchPaintDetail & { paintedMs: number };
}

async function scanToFeedback(s: BrowserStation, packable: PackableOrder[]): Promise<number[]> {
  await clearSearch(s.page);
  await s.page.locator('[data-queue-list]').focus();
  for (const order of packable) {
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.orderNumber, order.id);
    for (const line of order.lines) {
      for (let n = 0; n < line.quantity; n++) await scan(s.page, line.partNumber);
    }
    // Back on the queue before the next order, as a packer would be.
    await s.page.keyboard.press('Escape');
    await s.page.locator('[role="option"]').first().waitFor();
  }
  return s.page.evaluate(() => performance.getEntriesByName('scan-feedback').map((e) => e.duration));
}
