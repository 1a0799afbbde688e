import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { uuidv7 } from 'uuidv7';
import { walFrames } from '../main/db/wal-pages.ts';
import type { Warehouse } from './warehouse.ts';
import { runOnWarehouse, wholeNumberOption } from './warehouse-tool.ts';

/** Log pages per commit, by the table or index they belong to (`page 1`: the file header). */
type PagesByTree = Record<string, number>;

export interface EnqueueCost {
  presses: number;
  station: {
    pagesPerPress: number;
    pages: PagesByTree;
    statementsPerPress: number;
    /** How often each SQL text ran, over all presses (the start of the text). */
    statements: Record<string, number>;
    cpuUserUsPerPress: number;
    cpuSystemUsPerPress: number;
  };
  baseline: { pagesPerCommit: number; pages: PagesByTree };
}

/**
 * Enqueues `process` for `presses` fresh orders of the warehouse, then as many raw commits. Without
 * `byTree` the pages are only counted (naming them walks the whole file with dbstat).
 */
export function enqueueCost(w: Warehouse, presses: number, byTree = true): EnqueueCost {
  const ids = w.takeNew(presses + 1);
  const insertRaw = rawInsert(w, w.enqueueProcess(ids[0] as number));
  let cpu = { user: 0, system: 0 };
  let counted: Record<string, number> = {};
  const station = logPagesOf(w, presses, byTree, () => {
    const statements = countStatements();
    try {
      const started = process.cpuUsage();
      for (const orderId of ids.slice(1)) w.enqueueProcess(orderId);
      cpu = process.cpuUsage(started);
    } finally {
      counted = statements.stop();
    }
  });
  const raw = logPagesOf(w, presses, byTree, () => {
    for (let i = 0; i < presses; i++) insertRaw();
  });
  const total = Object.values(counted).reduce((sum, n) => sum + n, 0);
  return {
    presses,
    station: {
      pagesPerPress: station.frames / presses,
      pages: station.byTree,
      statementsPerPress: total / presses,
      statements: counted,
      cpuUserUsPerPress: Math.round(cpu.user / presses),
      cpuSystemUsPerPress: Math.round(cpu.system / presses),
    },
    baseline: { pagesPerCommit: raw.frames / presses, pages: raw.byTree },
  };
}

/**
 * The pages `commits` commits of `write` put into the log, per commit and by b-tree: the log is
 * emptied first and no checkpoint runs meanwhile (test/main/db/wal-pages.ts), then dbstat names
 * each page's table or index.
 */
function logPagesOf(
  w: Warehouse,
  commits: number,
  named: boolean,
  write: () => void,
): { frames: number; byTree: PagesByTree } {
  const autocheckpoint = w.db.pragma('wal_autocheckpoint', { simple: true }) as number;
  w.db.pragma('wal_autocheckpoint = 0');
  w.db.pragma('wal_checkpoint(TRUNCATE)');
  try {
    write();
  } finally {
    w.db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  }
  const frames = walFrames(w.file);
  if (!named) return { frames: frames.length, byTree: {} };
  const owners = new Map<number, string>();
  for (const { name, pageno } of w.db.prepare('SELECT name, pageno FROM dbstat').all() as {
    name: string;
    pageno: number;
  }[])
    owners.set(pageno, name);
  const counts = new Map<string, number>();
  for (const page of frames) {
    const tree = page === 1 ? 'page 1' : (owners.get(page) ?? 'free');
    counts.set(tree, (counts.get(tree) ?? 0) + 1);
  }
  const byTree = Object.fromEntries(
    [...counts].map(([tree, n]) => [tree, Math.round((n / commits) * 100) / 100]),
  );
  return { frames: frames.length, byTree };
}

/** Counts every run/get/all/iterate of any better-sqlite3 statement until `stop`, by SQL text. */
function countStatements() {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
  probe.close();
  const methods = ['run', 'get', 'all', 'iterate'] as const;
  const originals = methods.map((name) => proto[name] as (...args: unknown[]) => unknown);
  const counts = new Map<string, number>();
  methods.forEach((name, i) => {
    const original = originals[i] as (...args: unknown[]) => unknown;
    proto[name] = function (this: { source: string }, ...args: unknown[]) {
      const sql = this.source.replace(/\s+/g, ' ').trim().slice(0, 60);
      counts.set(sql, (counts.get(sql) ?? 0) + 1);
      return original.apply(this, args);
    };
  });
  return {
    /** Puts the methods back; what ran meanwhile. */
    stop: (): Record<string, number> => {
      methods.forEach((name, i) => {
        proto[name] = originals[i];
      });
      return Object.fromEntries(counts);
    },
  };
}

/** A timed raw insert: BEGIN IMMEDIATE, INSERT of a copy of a real outbox row, COMMIT. */
export function rawInsert(w: Warehouse, entryId: string): () => number {
  const { db } = w;
  const outboxSql = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'outbox'")
    .pluck()
    .get() as string;
  db.exec('DROP TABLE IF EXISTS bench_raw_outbox');
  db.exec(outboxSql.replace(/^CREATE TABLE\s+"?outbox"?/i, 'CREATE TABLE bench_raw_outbox'));
  const template = db.prepare('SELECT * FROM outbox WHERE id = ?').get(entryId) as Record<string, unknown>;
  const columns = Object.keys(template);
  const insert = db.prepare(
    `INSERT INTO bench_raw_outbox (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  );
  const commit = db.transaction((row: Record<string, unknown>) => insert.run(row));
  return () => {
    const started = performance.now();
    commit.immediate({ ...template, id: uuidv7() });
    return performance.now() - started;
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runOnWarehouse('enqueue-cost', (w) => enqueueCost(w, wholeNumberOption('--presses', 200)));
}
