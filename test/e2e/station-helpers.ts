// What the e2e tests read and do around a running station: its audit rows and queued steps, Equipme's
// back office moving an order, a shared order number, a scan typed inside the page, settled buttons.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type AuditRecord, listAudit } from '../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../electron/main/db/connection.ts';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import type { RunningStation } from './station-fixture.ts';

/** The audit rows of one kind (for one order, or for none), newest first, from the station's database file. */
export function auditRows(
  s: RunningStation,
  orderId: number | undefined,
  kind: AuditRecord['kind'],
): AuditRecord[] {
  const db = openStationDb(join(s.dataDir, 'station.db'));
  try {
    return listAudit(db, { orderId, kind, limit: 50 });
  } finally {
    db.close();
  }
}

/** The steps this station queued for the order, oldest first, as `before→after`. */
export async function queuedSteps(s: RunningStation, orderId: number): Promise<string[]> {
  const entries = await s.station.handlers['outbox:list']({});
  if (!entries.ok) throw new Error(entries.error.message);
  return entries.value
    .filter((e) => e.orderId === orderId)
    .map((e) => `${e.statusBefore}→${e.expectedAfter}`);
}

/** Equipme's back office moves the order behind the station's back (the simulator's test route). */
export async function moveInEquipme(s: RunningStation, orderId: number, status: string): Promise<void> {
  const response = await fetch(`${s.sim.url}/_sim/orders/${orderId}/status`, {
    method: 'PUT',
    headers: { 'x-api-key': s.sim.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ status }),
  });
  expect(response.status).toBe(204);
}

/**
 * A sales order number the station lists at least twice (the simulator splits orders by line), with
 * the ids it lists; `accept` may ask that one of them fits the test.
 */
export async function sharedNumber(
  s: RunningStation,
  accept: (order: FulfillmentOrder) => boolean = () => true,
): Promise<{ number: string; ids: number[] }> {
  const byNumber = new Map<string, FulfillmentOrder[]>();
  for (const id of s.sim.orderIds()) {
    const order = s.sim.order(id);
    if (order)
      byNumber.set(order.order.orderNumber, [...(byNumber.get(order.order.orderNumber) ?? []), order]);
  }
  for (const [number, orders] of byNumber) {
    if (orders.length < 2 || !orders.some(accept)) continue;
    const listed = await s.station.handlers['orders:query']({
      text: number,
      sort: { by: 'created', direction: 'asc' },
      offset: 0,
      limit: 50,
    });
    if (!listed.ok) throw new Error(listed.error.message);
    const ids = listed.value.rows.filter((row) => row.orderNumber === number).map((row) => row.id);
    if (ids.length >= 2) return { number, ids };
  }
  throw new Error('the seed has no sales order with two open fulfillment orders');
}

/**
 * A wedge scan typed inside the page in one go: its keys are never further apart than the scanner
 * threshold, however loaded the machine is (the keys come with the page's own time stamps).
 */
export async function scanInPage(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const target = document.activeElement ?? document.body;
    for (const key of [...text, 'Enter'])
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }, code);
}

/** Until the order's buttons have settled after the last change (not pressable until then). */
export async function settled(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('.order-action-primary').getAttribute('aria-disabled'), { timeout: 10_000 })
    .toBeNull();
}
