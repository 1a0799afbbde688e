import type { StationDb } from '../connection.ts';

/** The print ledger: every label and packing slip sent to a printer, kept until the printer took it. */
export function createPrintJobs(db: StationDb): void {
  db.exec(`
    CREATE TABLE print_jobs (
      id TEXT PRIMARY KEY,
      order_id INTEGER NOT NULL REFERENCES orders (id),
      kind TEXT NOT NULL CHECK (kind IN ('label', 'slip')),
      printer_name TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('zpl', 'escpos', 'star', 'pdf', 'png')),
      content_hash TEXT NOT NULL,
      -- The bytes, until the printer took them (then NULL); part_sizes splits them into files/pages.
      payload BLOB,
      part_sizes TEXT NOT NULL,
      packages INTEGER NOT NULL DEFAULT 1 CHECK (packages >= 1),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'printed', 'failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT,
      last_error TEXT,
      notes TEXT NOT NULL DEFAULT '[]',
      reason TEXT,
      reprint_of TEXT REFERENCES print_jobs (id),
      operator TEXT NOT NULL,
      station_id TEXT NOT NULL
    ) STRICT;

    -- Ids are uuidv7: id order is creation order.
    CREATE INDEX print_jobs_by_order ON print_jobs (order_id, kind, id);
    CREATE INDEX print_jobs_queued ON print_jobs (next_attempt_at) WHERE state = 'queued';
    -- One first print per order and document; printing it again has to be a reprint, with a reason.
    CREATE UNIQUE INDEX print_jobs_first_print ON print_jobs (order_id, kind)
      WHERE reprint_of IS NULL AND state <> 'failed';
  `);
}
