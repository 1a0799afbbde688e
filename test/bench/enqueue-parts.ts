import { fileURLToPath } from 'node:url';
import { uuidv7 } from 'uuidv7';
import { appendAudit } from '../../electron/main/db/audit-log.ts';
import {
  enqueueFacts,
  insertEntry,
  type OutboxEntry,
  setEnqueuedStatus,
} from '../../electron/main/db/outbox-entries.ts';
import { walFrames } from '../main/db/wal-pages.ts';
import { rawInsert } from './enqueue-cost.ts';
import { median, percentile } from './measure.ts';
import type { Warehouse } from './warehouse.ts';
import { runOnWarehouse, wholeNumberOption } from './warehouse-tool.ts';

/** The press's steps beside its outbox row, which every variant writes. */
interface PressParts {
  /** The read of the order and its unsent steps. */
  facts: boolean;
  /** The order's effective status in its row and the five open-queue indexes that carry it. */
  status: boolean;
  /** The append-only audit row. */
  audit: boolean;
}

export const VARIANTS: Readonly<Record<string, PressParts>> = {
  press: { facts: true, status: true, audit: true },
  withoutStatus: { facts: true, status: false, audit: true },
  withoutAudit: { facts: true, status: true, audit: false },
  factsAndEntry: { facts: true, status: false, audit: false },
  entryOnly: { facts: false, status: false, audit: false },
};

export interface PartFigure {
  stationP50Ms: number;
  stationP99Ms: number;
  baselineP50Ms: number;
  baselineP99Ms: number;
  ratioP50: number;
  ratioP99: number;
  walPagesPerPress: number;
}

/** One press of `process` for a fresh order, with only the given parts; committed when it returns. */
function pressWith(w: Warehouse, parts: PressParts): (orderId: number) => void {
  const commit = w.db.transaction((orderId: number) => {
    if (parts.facts && !enqueueFacts(w.db, orderId)) throw new Error(`order ${orderId} is not cached`);
    const at = new Date();
    const entry: OutboxEntry = {
      id: uuidv7(),
      orderId,
      action: 'process',
      activationDate: null,
      statusBefore: 'new',
      expectedAfter: 'inprocess',
      createdAt: at.toISOString(),
      operator: 'bench',
      stationId: w.stationId,
      attempts: 0,
      state: 'pending',
      lastError: null,
      unknownOutcome: false,
      offTable: false,
      nextAttemptAt: at.toISOString(),
      appliedAt: null,
      discardReason: null,
      updatedAt: at.toISOString(),
    };
    insertEntry(w.db, entry);
    if (parts.status) setEnqueuedStatus(w.db, orderId, 'inprocess');
    if (parts.audit) {
      appendAudit(w.db, {
        at,
        stationId: w.stationId,
        operator: 'bench',
        kind: 'transition-enqueued',
        orderId,
        outboxEntryId: entry.id,
        detail: {
          action: 'process',
          statusBefore: 'new',
          expectedAfter: 'inprocess',
          activationDate: null,
          state: 'pending',
          offTable: false,
        },
      });
    }
  });
  return (orderId) => commit.immediate(orderId);
}

/** Log pages per press of one variant, counted over `presses` presses with no checkpoint between. */
function pagesPerPress(w: Warehouse, press: (orderId: number) => void, presses: number): number {
  w.db.pragma('wal_checkpoint(TRUNCATE)');
  const autocheckpoint = w.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  w.db.pragma('wal_autocheckpoint = 0');
  try {
    for (const orderId of w.takeNew(presses)) press(orderId);
  } finally {
    w.db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  }
  return Math.round((walFrames(w.file).length / presses) * 100) / 100;
}

/**
 * `rounds` rounds; in each, every variant presses once beside one raw commit (raw first in every
 * other round). Then each variant's log pages, over `counted` presses of its own.
 */
export function enqueueParts(w: Warehouse, rounds: number, counted = 20): Record<string, PartFigure> {
  const presses = Object.entries(VARIANTS).map(([name, parts]) => ({ name, press: pressWith(w, parts) }));
  const ids = w.takeNew(rounds * presses.length + 1);
  const insertRaw = rawInsert(w, w.enqueueProcess(ids[0] as number));
  const samples = new Map(
    presses.map(({ name }) => [name, { station: [] as number[], raw: [] as number[] }]),
  );
  let next = 1;
  for (let round = 0; round < rounds; round++) {
    presses.forEach(({ name, press }, i) => {
      const taken = samples.get(name) as { station: number[]; raw: number[] };
      const rawFirst = (round + i) % 2 === 1;
      if (rawFirst) taken.raw.push(insertRaw());
      const started = performance.now();
      press(ids[next++] as number);
      taken.station.push(performance.now() - started);
      if (!rawFirst) taken.raw.push(insertRaw());
    });
  }
  return Object.fromEntries(
    presses.map(({ name, press }) => {
      const { station, raw } = samples.get(name) as { station: number[]; raw: number[] };
      const figure: PartFigure = {
        stationP50Ms: round3(median(station)),
        stationP99Ms: round3(percentile(station, 0.99)),
        baselineP50Ms: round3(median(raw)),
        baselineP99Ms: round3(percentile(raw, 0.99)),
        ratioP50: round2(median(station) / median(raw)),
        ratioP99: round2(percentile(station, 0.99) / percentile(raw, 0.99)),
        walPagesPerPress: pagesPerPress(w, press, counted),
      };
      return [name, figure];
    }),
  );
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runOnWarehouse('enqueue-parts', (w) => ({ parts: enqueueParts(w, wholeNumberOption('--rounds', 1000)) }));
}
