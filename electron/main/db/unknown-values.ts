// SQL for the enum values a newer Equipme sent that this station does not know: each is logged
// once (the first order it came with), not once per order and pull.
import type { StationDb } from './connection.ts';

/** Records the values; returns the ones this station had never seen before. */
export function rememberUnknownValues(
  db: StationDb,
  orderId: number,
  values: readonly { field: string; value: string }[],
  at: Date,
): { field: string; value: string }[] {
  // Positions in arrays (metadata[3]) are not part of what is new.
  const insert = db.prepare(
    `INSERT INTO unknown_values_seen (field, value, first_order_id, first_seen_at)
     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  return values.filter(
    ({ field, value }) =>
      insert.run(field.replace(/\[\d+\]/g, '[]'), value, orderId, at.toISOString()).changes > 0,
  );
}
