import type { StationDb } from '../connection.ts';

/**
 * One label for a box of a shipment: the job is the box's first order's, and every order the label
 * covers (the first one too) is listed here, so each counts as labelled (its job list, a repeat print,
 * a dispatch without confirmation). Jobs of one order have no rows: `print_jobs.order_id` says it.
 * Looked up by order; the job's rows are read by its key.
 */
export function createLabelBoxOrders(db: StationDb): void {
  db.exec(`
    CREATE TABLE label_box_orders (
      job_id TEXT NOT NULL REFERENCES print_jobs (id),
      order_id INTEGER NOT NULL REFERENCES orders (id),
      PRIMARY KEY (job_id, order_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX label_box_orders_by_order ON label_box_orders (order_id, job_id);
  `);
}
