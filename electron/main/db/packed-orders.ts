// SQL for what was packed at this station, per source (the export for a back office: station/packed-export.ts).
// A shop order's packing is the station's own record (shop_packing_steps); an Equipme order's is the
// outbox entry that moved it to ready-for-delivery and was applied. Parcels and reprints come from the
// print ledger: the order's own label jobs and the box labels that cover it (label_box_orders).
import { firstShopKey, lastShopKey } from '../../../shared/domain/order-keys.ts';
import type { OrderSourceName, ShopSourceName } from '../../../shared/domain/order-sources.ts';
import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

export interface PackedOrder {
  source: OrderSourceName;
  /** The source's own id of the order (Equipme: the fulfillment order id). */
  orderId: string;
  orderNumber: string | null;
  /** When it was packed here (ISO 8601, UTC). */
  packedAt: string;
  operator: string | null;
  /** The packages of the order's label that did not fail (of a box label: the box's), 0 without one. */
  parcels: number;
  /** Label reprints that did not fail. */
  labelReprints: number;
  /** When it was handed to the carrier here, or null. */
  handedToCarrierAt: string | null;
}

/** The order's label jobs that did not fail: its own, and the box labels covering it. */
const LABELS_OF = (key: string) => `(SELECT j.id, j.packages, j.reprint_of FROM print_jobs AS j
    WHERE j.order_id = ${key} AND j.kind = 'label' AND j.state <> 'failed'
  UNION ALL
  SELECT j.id, j.packages, j.reprint_of FROM label_box_orders AS b CROSS JOIN print_jobs AS j ON j.id = b.job_id
    WHERE b.order_id = ${key} AND j.order_id <> ${key} AND j.kind = 'label' AND j.state <> 'failed')`;

/** The newest label's packages (job ids are uuidv7: the highest is the newest); 0 without a label. */
const PARCELS_OF = (key: string) =>
  `coalesce((SELECT packages FROM ${LABELS_OF(key)} ORDER BY id DESC LIMIT 1), 0)`;

const REPRINTS_OF = (key: string) => `(SELECT count(*) FROM ${LABELS_OF(key)} WHERE reprint_of IS NOT NULL)`;

/** A shop's orders packed here at or after a time: the `packed` step, read by its time index. */
export const SHOP_PACKED_SQL = `SELECT s.source_id AS orderId, o.order_number AS orderNumber, p.at AS packedAt,
    p.operator AS operator, ${PARCELS_OF('p.order_key')} AS parcels, ${REPRINTS_OF('p.order_key')} AS labelReprints,
    h.at AS handedToCarrierAt
  FROM shop_packing_steps AS p INDEXED BY shop_packing_steps_by_time
  JOIN shop_orders AS s ON s.key = p.order_key
  LEFT JOIN orders AS o ON o.id = p.order_key
  LEFT JOIN shop_packing_steps AS h ON h.order_key = p.order_key AND h.step = 'handed-to-carrier'
  WHERE p.at >= ? AND p.step = 'packed' AND p.order_key BETWEEN ? AND ?
  ORDER BY p.at, p.order_key`;

/**
 * Equipme orders packed here at or after a time: the newest applied entry per order that moved it to
 * ready-for-delivery, pressed at or after it. An entry is updated when it is applied, after it was
 * pressed, so the state index's range by update time holds every such entry.
 */
export const EQUIPME_PACKED_SQL = `SELECT CAST(e.order_id AS TEXT) AS orderId, o.order_number AS orderNumber,
    e.created_at AS packedAt, e.operator AS operator, ${PARCELS_OF('e.order_id')} AS parcels,
    ${REPRINTS_OF('e.order_id')} AS labelReprints,
    (SELECT max(d.created_at) FROM outbox AS d INDEXED BY outbox_by_order
      WHERE d.order_id = e.order_id AND d.state = 'applied' AND d.action = 'dispatchDelivery') AS handedToCarrierAt
  FROM (SELECT order_id, max(created_at) AS created_at, operator FROM outbox INDEXED BY outbox_by_state
      WHERE state = 'applied' AND updated_at >= ? AND expected_after = 'ready-for-delivery' AND created_at >= ?
      GROUP BY order_id) AS e
  LEFT JOIN orders AS o ON o.id = e.order_id
  ORDER BY e.created_at, e.order_id`;

/** The orders of one source packed here at or after `since` (ISO 8601, UTC), oldest first. */
export function packedOrders(db: StationDb, source: OrderSourceName, since: string): PackedOrder[] {
  const rows =
    source === 'equipme'
      ? statement(db, EQUIPME_PACKED_SQL).all(since, since)
      : statement(db, SHOP_PACKED_SQL).all(since, ...shopRange(source));
  return (rows as Omit<PackedOrder, 'source'>[]).map((row) => ({ source, ...row }));
}

function shopRange(source: ShopSourceName): [number, number] {
  return [lastShopKey(source), firstShopKey(source)];
}
