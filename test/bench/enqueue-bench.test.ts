// The enqueue figure compares like with like: the raw side commits copies of the station's own outbox
// row into a table of the outbox's own shape, once per station sample.
import { expect, it } from 'vitest';
import { enqueueBench } from './enqueue-bench.ts';
import { warehouseOnlyForTests } from './warehouse-fixture.ts';

const fixture = warehouseOnlyForTests(300);

it('times one raw commit of the same row per station enqueue, in a table shaped like the outbox', () => {
  const figure = enqueueBench(fixture.w, 20);
  expect(figure).toMatchObject({ path: 'outbox.enqueue.p99', unit: 'ms', goal: 'ratio ≤ 1.5' });
  expect(figure.detail?.samples).toBe(20);
  expect(figure.station).toBeGreaterThan(0);
  expect(figure.baseline).toBeGreaterThan(0);

  const columns = (table: string) =>
    (fixture.w.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]).map(
      (c) => `${c.name} ${c.type}`,
    );
  expect(columns('bench_raw_outbox')).toEqual(columns('outbox'));
  // Ten warm-up pairs and twenty timed ones, then twenty of each counted (the table made again); the
  // first station entry of each pass is its raw side's template.
  const count = (sql: string) => fixture.w.db.prepare(sql).pluck().get() as number;
  expect(count('SELECT count(*) FROM outbox')).toBe(30 + 21);
  expect(count('SELECT count(DISTINCT order_id) FROM outbox')).toBe(30 + 21);
  expect(count('SELECT count(*) FROM bench_raw_outbox')).toBe(20);
  expect(count('SELECT count(DISTINCT id) FROM bench_raw_outbox')).toBe(20);
  // Log pages per commit: the press writes the entry, its indexes, the order's and the audit row.
  expect(figure.detail?.stationWalPagesPerEnqueue).toBeGreaterThanOrEqual(11);
  expect(figure.detail?.baselineWalPagesPerCommit).toBeGreaterThanOrEqual(1);
  expect(figure.detail?.baselineWalPagesPerCommit).toBeLessThan(3);
  const template = fixture.w.db.prepare('SELECT * FROM outbox ORDER BY id LIMIT 1 OFFSET 30').get() as Record<
    string,
    unknown
  >;
  const copy = fixture.w.db.prepare('SELECT * FROM bench_raw_outbox LIMIT 1').get() as Record<
    string,
    unknown
  >;
  expect({ ...copy, id: template.id }).toEqual(template);
});
