import type { StationDb } from '../connection.ts';

/**
 * A reprint's reason code (DAMAGED, JAM, LOST, OTHER), printed on the document; the operator's words
 * stay in `reason`. Reprints from before the codes were free text only: they become OTHER.
 */
export function addPrintReasonCode(db: StationDb): void {
  db.exec(`
    ALTER TABLE print_jobs ADD COLUMN reason_code TEXT
      CHECK (reason_code IN ('DAMAGED', 'JAM', 'LOST', 'OTHER'));
    UPDATE print_jobs SET reason_code = 'OTHER' WHERE reason IS NOT NULL;
  `);
}
