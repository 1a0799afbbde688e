// The enqueue's parts: each variant writes what it says and nothing else, beside the raw commit.
// Counted, never timed.
import { expect, it } from 'vitest';
import { enqueueParts, VARIANTS } from './enqueue-parts.ts';
import { warehouseOnlyForTests } from './warehouse-fixture.ts';

const fixture = warehouseOnlyForTests(1000);

const count = (sql: string) => fixture.w.db.prepare(sql).pluck().get() as number;

it('presses every variant beside a raw commit, and each writes only its own parts', () => {
  const before = {
    entries: count('SELECT count(*) FROM outbox'),
    audit: count("SELECT count(*) FROM audit_log WHERE kind = 'transition-enqueued'"),
    inprocess: count("SELECT count(*) FROM orders WHERE effective_status = 'inprocess'"),
  };
  const rounds = 3;
  const counted = 2;
  const parts = enqueueParts(fixture.w, rounds, counted);
  expect(Object.keys(parts)).toEqual(Object.keys(VARIANTS));

  const variants = Object.values(VARIANTS);
  const presses = rounds + counted;
  // Every variant writes its entry; the first enqueueProcess (the raw side's template) is a real press.
  expect(count('SELECT count(*) FROM outbox')).toBe(before.entries + variants.length * presses + 1);
  const withAudit = variants.filter((parts) => parts.audit).length;
  expect(count("SELECT count(*) FROM audit_log WHERE kind = 'transition-enqueued'")).toBe(
    before.audit + withAudit * presses + 1,
  );
  const withStatus = variants.filter((parts) => parts.status).length;
  expect(count("SELECT count(*) FROM orders WHERE effective_status = 'inprocess'")).toBe(
    before.inprocess + withStatus * presses + 1,
  );
  // One raw commit beside each timed press.
  expect(count('SELECT count(*) FROM bench_raw_outbox')).toBe(variants.length * rounds);

  for (const figure of Object.values(parts)) {
    expect(figure.stationP99Ms).toBeGreaterThanOrEqual(figure.stationP50Ms);
    expect(figure.baselineP99Ms).toBeGreaterThanOrEqual(figure.baselineP50Ms);
  }
  // Leaving out the order's status takes its row and open-queue index pages off the press.
  expect(parts.press?.walPagesPerPress).toBeGreaterThan(parts.withoutStatus?.walPagesPerPress as number);
  expect(parts.withoutStatus?.walPagesPerPress).toBeGreaterThan(
    parts.factsAndEntry?.walPagesPerPress as number,
  );
});
