import type { StationDb } from '../connection.ts';

/**
 * Who counts a pick line, and how: each line keeps the operator who last changed it and how many of
 * its items were counted by hand (+1 without a scan). Lines counted before this knew neither: no
 * operator, nothing by hand. Scan mistakes and their acknowledgements live in the audit log.
 */
export function addPickOperator(db: StationDb): void {
  db.exec(`
    ALTER TABLE pick_counts ADD COLUMN operator TEXT;
    ALTER TABLE pick_counts ADD COLUMN manual INTEGER NOT NULL DEFAULT 0 CHECK (manual >= 0);
  `);
}
