// What the e2e tests read and do around a running station: its audit rows and queued steps, Equipme's
// back office moving an order, a shared order number, a scan typed inside the page, settled buttons,
// the order a test packs and scanning all of it, a double press, and an order locked by a cancel
// while offline.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type AuditRecord, listAudit } from '../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../electron/main/db/connection.ts';
import type { Simulator } from '../../electron/main/simulator/index.ts';
import type { BomItem, FulfillmentOrder } from '../../shared/api/equipme.ts';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import { type RunningStation, waitForOrderScreen } from './station-fixture.ts';

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

/** What a test needs of the order it packs, beyond being an in-house shipping order. */
export interface ShippingOrderWish {
  status: 'new' | 'inprocess';
  /** How many pick lines: at least `min` (1 by default), at most `max`. */
  lines?: { min?: number; max?: number };
  /** Every line is a part number of at most this many items. */
  maxQuantity?: number;
  /** Orders another test of the file already took. */
  except?: readonly number[];
  also?: (order: FulfillmentOrder) => boolean;
}

/** Whether an order is one this station ships itself (in-house, not a return, not a preorder) and fits the wish. */
export function isShippingOrder(wish: ShippingOrderWish): (order: FulfillmentOrder) => boolean {
  const { min = 1, max = Number.POSITIVE_INFINITY } = wish.lines ?? {};
  const small = (b: BomItem) =>
    wish.maxQuantity === undefined ||
    (!!b.product?.partNumber && b.quantity >= 1 && b.quantity <= wish.maxQuantity);
  return (o) => {
    const lines = o.bomItems ?? [];
    return (
      o.status === wish.status &&
      o.transactionType === 'order' &&
      o.fulfillmentType === 'in-house' &&
      !o.isPreorder &&
      !wish.except?.includes(o.id) &&
      lines.length >= min &&
      lines.length <= max &&
      lines.every(small) &&
      (wish.also?.(o) ?? true)
    );
  };
}

/** The simulator's first order that fits the wish; throws when the seed has none. */
export function shippingOrder(
  sim: Pick<Simulator, 'orderIds' | 'order'>,
  wish: ShippingOrderWish,
): FulfillmentOrder {
  const fits = isShippingOrder(wish);
  for (const id of sim.orderIds()) {
    const order = sim.order(id);
    if (order && fits(order)) return order;
  }
  throw new Error(`the seed has no ${wish.status} in-house shipping order that fits the test`);
}

/**
 * Scans every item of the pick lines, one scan per unit; `already(index)` units of a line were
 * counted before.
 */
export async function scanEveryItem(
  scan: (code: string) => Promise<void>,
  lines: readonly BomItem[],
  already: (index: number) => number = () => 0,
): Promise<void> {
  for (const [index, line] of lines.entries()) {
    for (let n = already(index); n < line.quantity; n++) await scan(line.product?.partNumber ?? '');
  }
}

/** Two clicks on the middle of a button `gapMs` apart, as a packer pressing it twice. */
export async function pressTwice(page: Page, button: Locator, gapMs = 400): Promise<void> {
  const box = await button.boundingBox();
  if (!box) throw new Error('the button is not on screen');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.click(x, y);
  await page.waitForTimeout(gapMs);
  await page.mouse.click(x, y);
}

/**
 * Offline, "Start picking" waits on this station while Equipme cancels the order; back online, the
 * sync engine looks before sending and locks the order. Resolves with the lock banner on screen.
 */
export async function lockByCancellingWhileOffline(
  s: RunningStation,
  order: FulfillmentOrder,
  scan: (code: string) => Promise<void>,
): Promise<Locator> {
  s.sim.setFaults({ offline: true });
  await scan(labelBarcode(order.id));
  await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
  await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Start picking' }).click();
  await s.page.getByText('1 change waiting to be sent').waitFor();
  await moveInEquipme(s, order.id, 'cancelled');
  s.sim.setFaults({ offline: false });

  const banner = s.page.locator('.lock-banner');
  await banner.waitFor({ timeout: 30_000 });
  expect(await banner.getByRole('heading').textContent()).toBe('Locked: Equipme says “Cancelled”');
  await banner.getByText('This station expected: New').waitFor();
  await s.page.getByText('1 order is locked: open it').waitFor({ timeout: 15_000 });
  return banner;
}

/**
 * Prints the order's label as a packer does: packing instructions of the customer, when the order
 * shows any, are read and acknowledged first (main holds the label until then). Copies of the
 * customer may arrive while the order is open: a refusal for unread instructions is met by reading
 * them, as the packer would.
 */
export async function printLabel(page: Page): Promise<void> {
  const read = page.getByRole('button', { name: 'I have read the packing instructions' });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await read.isVisible()) {
      await read.click();
      await page.locator('.order-instructions-ack').waitFor();
    }
    await page.getByRole('button', { name: 'Print label' }).click();
    const printed = page.getByText('Printed on PDF labels.');
    const unread = page.getByText(/packing instructions for order .* that have not been acknowledged/);
    await printed.or(unread).first().waitFor({ timeout: 15_000 });
    if (await printed.isVisible()) return;
    await read.waitFor();
  }
  throw new Error('the label did not print after the packing instructions were acknowledged');
}
