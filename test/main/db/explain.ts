// Signal-Desktop style: the plan SQLite chooses for a statement, one step per line.
import type { StationDb } from '../../../electron/main/db/index.ts';

export function explain(db: StationDb, sql: string, params: readonly unknown[] = []): string {
  const steps = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return steps.map((step) => step.detail).join('\n');
}
