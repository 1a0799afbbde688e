// The export of what was packed here (docs/export.md), asked for from the UI: main writes the file
// into the station's exports folder and says where.
import type { OrderSourceName } from '../domain/order-sources.ts';

export interface ExportPackedArgs {
  source: OrderSourceName;
  /** The first day, YYYY-MM-DD: from 00:00 UTC of that day. */
  since: string;
  format: 'csv' | 'json';
}

export interface ExportPackedResult {
  /** The file written, in `<data folder>/exports/`. */
  path: string;
  /** Orders in it. */
  rows: number;
}
