// SQL for what the station knows of each order source (`station sources`): its cached open orders,
// the orders packed here, and its newest completed pull on record (audit `pull-completed`).
import type { OrderSourceName } from '../../../shared/domain/order-sources.ts';
import type { StationDb } from './connection.ts';
import { NOT_FINISHED, sourceKeyRange } from './order-queries.ts';
import { statement } from './statements.ts';

export interface SourceFacts {
  /** Open orders in the cache, by the queue's rule. */
  openOrders: number;
  /** Orders packed here (a shop's `packed` step; an Equipme step to ready-for-delivery Equipme applied). */
  packedHere: number;
  /** The newest completed pull the audit log holds for the source, or null. */
  lastPull: { at: string; orders: number | null; rejected: number | null; closed: number | null } | null;
}

const OPEN_IN_RANGE = `SELECT count(*) AS n FROM orders AS o INDEXED BY orders_queue_by_id
  WHERE o.id BETWEEN ? AND ? AND o.closed = 0 AND ${NOT_FINISHED}`;
const SHOP_PACKED = `SELECT count(*) AS n FROM shop_packing_steps
  WHERE order_key BETWEEN ? AND ? AND step = 'packed'`;
const EQUIPME_PACKED = `SELECT count(DISTINCT order_id) AS n FROM outbox INDEXED BY outbox_by_state
  WHERE state = 'applied' AND expected_after = 'ready-for-delivery'`;
// Equipme's pull records no source; a shop's pull names its own. Found among the newest rows.
const LAST_PULL = `SELECT at, detail ->> '$.orders' AS orders, detail ->> '$.rejected' AS rejected,
    detail ->> '$.closed' AS closed
  FROM audit_log WHERE kind = 'pull-completed' AND coalesce(detail ->> '$.source', 'equipme') = ?
  ORDER BY id DESC LIMIT 1`;

export function sourceFacts(db: StationDb, source: OrderSourceName): SourceFacts {
  const { lowest, highest } = sourceKeyRange(source);
  const count = (sql: string, ...params: number[]) => (statement(db, sql).get(...params) as { n: number }).n;
  const pull = statement(db, LAST_PULL).get(source) as
    | { at: string; orders: unknown; rejected: unknown; closed: unknown }
    | undefined;
  const number = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    openOrders: count(OPEN_IN_RANGE, lowest, highest),
    packedHere: source === 'equipme' ? count(EQUIPME_PACKED) : count(SHOP_PACKED, lowest, highest),
    lastPull: pull
      ? {
          at: pull.at,
          orders: number(pull.orders),
          rejected: number(pull.rejected),
          closed: number(pull.closed),
        }
      : null,
  };
}
