// The enqueue's counts: pages per commit by table and index, statements per press, for the station
// and the raw baseline's commit of the same row. Counted, never timed.
import { expect, it } from 'vitest';
import { enqueueCost } from './enqueue-cost.ts';
import { warehouseOnlyForTests } from './warehouse-fixture.ts';

const fixture = warehouseOnlyForTests(1000);

it('counts the pages of each press by b-tree, its statements, and the raw commit’s pages', () => {
  const cost = enqueueCost(fixture.w, 12);
  expect(cost.presses).toBe(12);
  // BEGIN, the order's facts, the entry, the order's status, the audit row, COMMIT.
  expect(cost.station.statementsPerPress).toBe(6);
  expect(Object.values(cost.station.statements)).toEqual([12, 12, 12, 12, 12, 12]);
  expect(Object.keys(cost.station.statements)[1]).toMatch(/^SELECT o\.order_number/);
  expect(cost.station.pages).toMatchObject({ outbox: expect.any(Number), audit_log: expect.any(Number) });
  // Migration 200: the outbox is its key's b-tree, the audit log's index by order skips presses.
  expect(Object.keys(cost.station.pages)).not.toContain('sqlite_autoindex_outbox_1');
  expect(Object.keys(cost.station.pages)).not.toContain('audit_log_by_order');
  const sum = Object.values(cost.station.pages).reduce((total, n) => total + n, 0);
  expect(sum).toBeCloseTo(cost.station.pagesPerPress, 1);
  expect(cost.station.pagesPerPress).toBeGreaterThanOrEqual(11);
  expect(Object.keys(cost.baseline.pages)).toContain('bench_raw_outbox');
  expect(cost.baseline.pagesPerCommit).toBeLessThan(cost.station.pagesPerPress);
  // Checkpoints are back on afterwards.
  expect(fixture.w.db.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(0);
});

it('counts pages without naming them when asked', () => {
  const cost = enqueueCost(fixture.w, 3, false);
  expect(cost.station.pages).toEqual({});
  expect(cost.station.pagesPerPress).toBeGreaterThanOrEqual(11);
});
