// Orders cached the way a station did before migration 160 (the row and both full-text indexes, no
// folded text): for tests that open a database written by an older schema.
import type Database from 'better-sqlite3';
import { orderColumns } from '../../../electron/main/db/order-columns.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';

export function cacheOrdersBefore160(
  db: Database.Database,
  orders: readonly FulfillmentOrder[],
  at: Date,
): void {
  const row = db.prepare(`INSERT INTO orders (id, order_number, sales_order_id, external_id, server_status,
      effective_status, transaction_type, fulfillment_type, customer_id, customer_name, location_id,
      location_name, is_preorder, created_at, postal_code, country_code, part_numbers, search_text, json,
      pulled_at)
    VALUES (@id, @orderNumber, @salesOrderId, @externalId, @status, @status, @transactionType,
      @fulfillmentType, @customerId, @customerName, @locationId, @locationName, @isPreorder, @createdAt,
      @postalCode, @countryCode, @partNumbers, @searchText, @json, @pulledAt)`);
  const index = ['orders_trigram', 'orders_words'].map((table) =>
    db.prepare(`INSERT INTO ${table} (rowid, search_text) VALUES (?, ?)`),
  );
  db.transaction(() => {
    for (const order of orders) {
      const columns = orderColumns(order);
      row.run({ ...columns, status: order.status, pulledAt: at.toISOString() });
      for (const insert of index) insert.run(order.id, columns.searchText);
    }
  })();
}
