// What the renderer sees of cached orders and outbox entries.

import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import type { QueueGroup, QueueRow } from '../../../shared/ipc/orders.ts';
import type { OutboxEntryView } from '../../../shared/ipc/outbox.ts';
import type { OrderSummary } from '../db/order-columns.ts';
import type { SalesOrderGroupFacts } from '../db/order-queue-facts.ts';
import type { OutboxEntry } from '../db/outbox-entries.ts';

export function queueRow(
  order: OrderSummary,
  pending: number,
  firstProduct: string | null,
  group: QueueGroup | null,
): QueueRow {
  return {
    id: order.id,
    // Every cached order's key is one a source handed out; Equipme's ids are the positive ones.
    source: sourceOfKey(order.id) ?? 'equipme',
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
    lock: order.lock?.reason ?? null,
    firstProduct,
    salesOrderId: order.salesOrderId,
    group,
  };
}

/**
 * A sales order is a group in the queue once it has two or more fulfillment orders: open here, or
 * by its copy's count (the others not cached yet, or at another location).
 */
export function queueGroup(facts: SalesOrderGroupFacts | undefined): QueueGroup | null {
  if (!facts || Math.max(facts.open, facts.total ?? 0) < 2) return null;
  return { open: facts.open, total: facts.total, otherStatus: facts.otherStatus };
}

/** Why an entry waits, in words, for every entry that waits on someone (never empty). */
function entryReason(entry: OutboxEntry): string | null {
  const said = entry.lastError?.message.trim();
  const details = entry.lastError?.details;
  // ErrorResponse.data says what exactly Equipme found wrong: shown with the error, once.
  if (said && details && !said.includes(details)) return `${said} Equipme's details: ${details}.`;
  if (said) return said;
  switch (entry.state) {
    case 'failed':
      return 'Equipme did not say why this step failed. Check the order in Equipme, then retry or discard the step.';
    case 'held':
      return 'This step waits for an earlier step of the order that failed: retry or discard that one first.';
    default:
      return null;
  }
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
    lastError: entryReason(entry),
    offTable: entry.offTable,
    appliedAt: entry.appliedAt,
    discardReason: entry.discardReason,
  };
}
