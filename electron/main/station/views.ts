// What the renderer sees of cached orders and outbox entries.

import type { QueueRow } from '../../../shared/ipc/orders.ts';
import type { OutboxEntryView } from '../../../shared/ipc/outbox.ts';
import type { OrderSummary } from '../db/order-columns.ts';
import type { OutboxEntry } from '../db/outbox-entries.ts';

export function queueRow(order: OrderSummary, pending: number): QueueRow {
  return {
    id: order.id,
    orderNumber: order.orderNumber,
    externalId: order.externalId,
    customerName: order.customerName,
    serverStatus: order.serverStatus,
    effectiveStatus: order.effectiveStatus,
    transactionType: order.transactionType,
    fulfillmentType: order.fulfillmentType,
    isPreorder: order.isPreorder,
    locationName: order.locationName,
    created: order.createdAt,
    postalCode: order.postalCode,
    country: order.countryCode,
    pending,
    conflict: order.conflict !== null,
  };
}

export function entryView(entry: OutboxEntry): OutboxEntryView {
  return {
    id: entry.id,
    orderId: entry.orderId,
    action: entry.action,
    activationDate: entry.activationDate,
    statusBefore: entry.statusBefore,
    expectedAfter: entry.expectedAfter,
    state: entry.state,
    attempts: entry.attempts,
    createdAt: entry.createdAt,
    operator: entry.operator,
    lastError: entry.lastError?.message ?? null,
    appliedAt: entry.appliedAt,
    discardReason: entry.discardReason,
  };
}
