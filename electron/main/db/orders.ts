// The orders cache: what the last pull said about each order, with the station's view on top.
import type { FulfillmentOrder, FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import { TERMINAL_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { unknownValuesOf } from '../../../shared/domain/unknown-values.ts';
import { appendAudit } from './audit-log.ts';
import type { StationDb } from './connection.ts';
import type { CachedOrder, OrderLock, SummaryRow } from './order-columns.ts';
import { orderColumns, SUMMARY_COLUMNS, toSummary } from './order-columns.ts';
import { searchIndexWriter } from './order-search.ts';
import { UNAPPLIED } from './outbox-entries.ts';
import { statement } from './statements.ts';
import { getStationId } from './station.ts';
import { rememberUnknownValues } from './unknown-values.ts';

/** Orders per write transaction during a pull: short enough not to hold the writer up for long. */
const UPSERT_BATCH = 1000;

export interface PulledOrderOutcome {
  orderId: number;
  isNew: boolean;
  /** The pulled server status differs from the cached one (always false for a new order). */
  serverStatusChanged: boolean;
  /** Set when this pull found the order in conflict with this station's unapplied transitions. */
  conflict: OrderLock | null;
}

interface CachedState {
  searchText: string;
  serverStatus: Open<FulfillmentStatus>;
  effectiveStatus: Open<FulfillmentStatus>;
  lock: string | null;
  closed: number;
  /** 1 when the cached JSON is the pulled one, byte for byte. */
  sameJson: number;
}

interface OldestUnapplied {
  id: string;
  statusBefore: FulfillmentStatus;
  expectedAfter: FulfillmentStatus;
}

const READ_CACHED_SQL = `SELECT search_text AS searchText, server_status AS serverStatus,
    effective_status AS effectiveStatus, lock, closed, json = ? AS sameJson
  FROM orders WHERE id = ?`;
const READ_OLDEST_SQL = `SELECT id, status_before AS statusBefore, expected_after AS expectedAfter
  FROM outbox WHERE order_id = ? AND ${UNAPPLIED} ORDER BY id LIMIT 1`;
const WRITE_SQL = `INSERT INTO orders (id, order_number, sales_order_id, external_id, server_status,
    effective_status, transaction_type, fulfillment_type, customer_id, customer_name, location_id,
    location_name, is_preorder, created_at, postal_code, country_code, part_numbers, search_text, json,
    pulled_at, closed, lock)
  VALUES (@id, @orderNumber, @salesOrderId, @externalId, @serverStatus, @effectiveStatus,
    @transactionType, @fulfillmentType, @customerId, @customerName, @locationId, @locationName,
    @isPreorder, @createdAt, @postalCode, @countryCode, @partNumbers, @searchText, @json, @pulledAt,
    @closed, @lock)
  ON CONFLICT (id) DO UPDATE SET
    order_number = excluded.order_number, sales_order_id = excluded.sales_order_id,
    external_id = excluded.external_id, server_status = excluded.server_status,
    effective_status = excluded.effective_status, transaction_type = excluded.transaction_type,
    fulfillment_type = excluded.fulfillment_type, customer_id = excluded.customer_id,
    customer_name = excluded.customer_name, location_id = excluded.location_id,
    location_name = excluded.location_name, is_preorder = excluded.is_preorder,
    created_at = excluded.created_at, postal_code = excluded.postal_code,
    country_code = excluded.country_code, part_numbers = excluded.part_numbers,
    search_text = excluded.search_text, json = excluded.json, pulled_at = excluded.pulled_at,
    closed = excluded.closed, lock = excluded.lock`;
/** An order pulled as it is cached: only the pull time changes, no index is touched. */
const TOUCH_SQL = 'UPDATE orders SET pulled_at = ? WHERE id = ?';

/**
 * Stores pulled orders. An order with unapplied transitions keeps its effective status; if the
 * server moved it somewhere other than where our oldest transition leads, it is locked as a
 * conflict. A lock of another reason (a race, an order that was gone) stays until resolved.
 */
export function upsertPulledOrders(
  db: StationDb,
  orders: readonly FulfillmentOrder[],
  pulledAt: Date,
): PulledOrderOutcome[] {
  const readCached = statement(db, READ_CACHED_SQL);
  const readOldest = statement(db, READ_OLDEST_SQL);
  const write = statement(db, WRITE_SQL);
  const touch = statement(db, TOUCH_SQL);
  const indexSearchText = searchIndexWriter(db);
  let stationId: string | undefined;
  const station = () => {
    stationId ??= getStationId(db);
    return stationId;
  };
  const at = pulledAt.toISOString();

  const upsertOne = (order: FulfillmentOrder): PulledOrderOutcome => {
    const columns = orderColumns(order);
    const cached = readCached.get(columns.json, order.id) as CachedState | undefined;
    // An order not cached yet has no outbox entries (outbox.order_id references orders).
    const oldest = cached && (readOldest.get(order.id) as OldestUnapplied | undefined);
    const pulled = order.status;
    const serverStatusChanged = cached !== undefined && cached.serverStatus !== pulled;

    let effectiveStatus = pulled;
    let lock: string | null = cached?.lock ?? null;
    const cachedReason = lock === null ? null : (JSON.parse(lock) as OrderLock).reason;
    // Equipme shows the order again: the access it had refused is back. A conflict with steps no
    // longer unsent is over.
    if (cachedReason === 'gone' || (cachedReason === 'conflict' && !oldest)) lock = null;
    let conflict: OrderLock | null = null;
    if (cached && oldest) {
      effectiveStatus = cached.effectiveStatus;
      // At the oldest transition's target it is probably our own change that got through (the sync
      // engine reconciles that); back at its start, the server is where we expect. Neither conflicts.
      const lockedOtherwise = lock !== null && cachedReason !== 'conflict';
      if (serverStatusChanged && !lockedOtherwise) {
        conflict =
          pulled === oldest.expectedAfter || pulled === oldest.statusBefore
            ? null
            : {
                reason: 'conflict',
                serverStatus: pulled,
                expected: oldest.statusBefore,
                entryId: oldest.id,
                since: at,
              };
        lock = conflict === null ? null : JSON.stringify(conflict);
      }
    }
    const closed = TERMINAL_STATUSES.has(pulled) && !oldest ? 1 : 0;
    const unchanged =
      cached?.sameJson === 1 &&
      cached.searchText === columns.searchText &&
      cached.effectiveStatus === effectiveStatus &&
      cached.closed === closed &&
      cached.lock === lock;
    if (unchanged) {
      touch.run(at, order.id);
    } else {
      write.run({ ...columns, serverStatus: pulled, effectiveStatus, pulledAt: at, closed, lock });
      indexSearchText(order.id, cached?.searchText, columns.searchText);
    }
    if (conflict !== null && lock !== cached?.lock) {
      appendAudit(db, {
        at: pulledAt,
        stationId: station(),
        operator: null,
        kind: 'order-locked',
        orderId: order.id,
        outboxEntryId: oldest?.id ?? null,
        detail: { ...conflict },
      });
    }
    const unknown = unknownValuesOf(order);
    if (unknown.length > 0) {
      for (const { field, value } of rememberUnknownValues(db, order.id, unknown, pulledAt)) {
        appendAudit(db, {
          at: pulledAt,
          stationId: station(),
          operator: null,
          kind: 'unknown-value',
          orderId: order.id,
          detail: { field, value },
        });
      }
    }
    return { orderId: order.id, isNew: cached === undefined, serverStatusChanged, conflict };
  };

  const upsertBatch = db.transaction((batch: readonly FulfillmentOrder[]) => batch.map(upsertOne));
  const outcomes: PulledOrderOutcome[] = [];
  for (let start = 0; start < orders.length; start += UPSERT_BATCH) {
    outcomes.push(...upsertBatch.immediate(orders.slice(start, start + UPSERT_BATCH)));
  }
  return outcomes;
}

export function getOrder(db: StationDb, id: number): CachedOrder | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, o.json FROM orders AS o WHERE o.id = ?`).get(id) as
    | (SummaryRow & { json: string })
    | undefined;
  if (!row) return undefined;
  const { json, ...summary } = row;
  return { ...toSummary(summary), order: JSON.parse(json) as FulfillmentOrder };
}

/** Ids of the Equipme orders the cache holds as open (the shops' orders have negative keys). */
export function openOrderIds(db: StationDb): number[] {
  // Filtered here: `id > 0` in SQL would make the planner walk the table by rowid, not the index.
  const ids = db.prepare('SELECT id FROM orders WHERE closed = 0').pluck().all() as number[];
  return ids.filter((id) => id > 0);
}

/** Whether the cache holds the order as closed (left the station's work). */
export function isOrderClosed(db: StationDb, orderId: number): boolean {
  return db.prepare('SELECT closed FROM orders WHERE id = ?').pluck().get(orderId) === 1;
}

/** The server confirmed a transition: its target is now the server status. */
export function setServerStatus(db: StationDb, orderId: number, status: Open<FulfillmentStatus>): void {
  db.prepare('UPDATE orders SET server_status = ? WHERE id = ?').run(status, orderId);
}

/** Takes orders out of the station's work (they stay in the cache as closed). */
export function markClosed(db: StationDb, orderIds: readonly number[]): void {
  db.prepare('UPDATE orders SET closed = 1 WHERE id IN (SELECT value FROM json_each(?))').run(
    JSON.stringify(orderIds),
  );
}
