// The orders cache: what the last pull said about each order, with the station's view on top.
import type { FulfillmentOrder, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import { TERMINAL_STATUSES } from '../../../shared/domain/lifecycle.ts';
import { appendAudit } from './audit-log.ts';
import type { StationDb } from './connection.ts';
import type { CachedOrder, OrderConflict, SummaryRow } from './order-columns.ts';
import { orderColumns, SUMMARY_COLUMNS, toSummary } from './order-columns.ts';
import { searchIndexWriter } from './order-search.ts';
import { UNAPPLIED } from './outbox-entries.ts';
import { getStationId } from './station.ts';

/** Orders per write transaction during a pull: short enough not to hold the writer up for long. */
const UPSERT_BATCH = 1000;

export interface PulledOrderOutcome {
  orderId: number;
  isNew: boolean;
  /** The pulled server status differs from the cached one (always false for a new order). */
  serverStatusChanged: boolean;
  /** Set when the order now conflicts with this station's unapplied transitions. */
  conflict: OrderConflict | null;
}

interface CachedState {
  searchText: string;
  serverStatus: FulfillmentStatus;
  effectiveStatus: FulfillmentStatus;
  conflict: string | null;
}

interface OldestUnapplied {
  id: string;
  statusBefore: FulfillmentStatus;
  expectedAfter: FulfillmentStatus;
}

/**
 * Stores pulled orders. An order with unapplied transitions keeps its effective status; if the
 * server moved it somewhere other than where our oldest transition leads, it is flagged as a conflict.
 */
export function upsertPulledOrders(
  db: StationDb,
  orders: readonly FulfillmentOrder[],
  pulledAt: Date,
): PulledOrderOutcome[] {
  const readCached = db.prepare(
    `SELECT search_text AS searchText, server_status AS serverStatus,
       effective_status AS effectiveStatus, conflict
     FROM orders WHERE id = ?`,
  );
  const readOldest = db.prepare(
    `SELECT id, status_before AS statusBefore, expected_after AS expectedAfter
     FROM outbox WHERE order_id = ? AND ${UNAPPLIED} ORDER BY id LIMIT 1`,
  );
  const write = db.prepare(
    `INSERT INTO orders (id, order_number, sales_order_id, external_id, server_status, effective_status,
       transaction_type, fulfillment_type, customer_id, customer_name, location_id, location_name,
       is_preorder, created_at, postal_code, country_code, part_numbers, search_text, json, pulled_at,
       closed, conflict)
     VALUES (@id, @orderNumber, @salesOrderId, @externalId, @serverStatus, @effectiveStatus,
       @transactionType, @fulfillmentType, @customerId, @customerName, @locationId, @locationName,
       @isPreorder, @createdAt, @postalCode, @countryCode, @partNumbers, @searchText, @json, @pulledAt,
       @closed, @conflict)
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
       closed = excluded.closed, conflict = excluded.conflict`,
  );
  const indexSearchText = searchIndexWriter(db);
  const stationId = getStationId(db);
  const at = pulledAt.toISOString();

  const upsertOne = (order: FulfillmentOrder): PulledOrderOutcome => {
    const cached = readCached.get(order.id) as CachedState | undefined;
    const oldest = readOldest.get(order.id) as OldestUnapplied | undefined;
    const pulled = order.status;
    const serverStatusChanged = cached !== undefined && cached.serverStatus !== pulled;

    let effectiveStatus = pulled;
    let conflict: string | null = null;
    if (cached && oldest) {
      effectiveStatus = cached.effectiveStatus;
      conflict = cached.conflict;
      // At the oldest transition's target it is probably our own change that got through (the sync
      // engine reconciles that); back at its start, the server is where we expect. Neither conflicts.
      if (serverStatusChanged) {
        conflict =
          pulled === oldest.expectedAfter || pulled === oldest.statusBefore
            ? null
            : JSON.stringify({
                serverStatus: pulled,
                expectedBefore: oldest.statusBefore,
                entryId: oldest.id,
              } satisfies OrderConflict);
      }
    }
    const closed = TERMINAL_STATUSES.has(pulled) && !oldest;
    const columns = orderColumns(order);
    write.run({
      ...columns,
      serverStatus: pulled,
      effectiveStatus,
      pulledAt: at,
      closed: closed ? 1 : 0,
      conflict,
    });
    indexSearchText(order.id, cached?.searchText, columns.searchText);
    if (conflict !== null && conflict !== cached?.conflict) {
      appendAudit(db, {
        at: pulledAt,
        stationId,
        operator: null,
        kind: 'transition-conflict',
        orderId: order.id,
        outboxEntryId: oldest?.id ?? null,
        detail: JSON.parse(conflict) as Record<string, unknown>,
      });
    }
    return {
      orderId: order.id,
      isNew: cached === undefined,
      serverStatusChanged,
      conflict: conflict === null ? null : (JSON.parse(conflict) as OrderConflict),
    };
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

/**
 * After a complete pull of the open statuses: every order not seen has left them and is closed,
 * unless it still has unapplied transitions (the operator must keep seeing those). Returns the ids closed.
 */
export function markClosedExcept(db: StationDb, openIdsSeen: Iterable<number>): number[] {
  return db
    .prepare(
      `UPDATE orders SET closed = 1
       WHERE closed = 0
         AND id NOT IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM outbox WHERE outbox.order_id = orders.id AND ${UNAPPLIED})
       RETURNING id`,
    )
    .pluck()
    .all(JSON.stringify([...openIdsSeen])) as number[];
}

/** The server confirmed a transition: its target is now the server status. */
export function setServerStatus(db: StationDb, orderId: number, status: FulfillmentStatus): void {
  db.prepare('UPDATE orders SET server_status = ? WHERE id = ?').run(status, orderId);
}
