// One sales order, one shipment, in Chromium: a German customer's sales order of three fulfillment
// orders to one address is opened by scanning its number, its packing instructions are acknowledged,
// every order is picked, one box label "Package 1/1" prints for the three, one press moves all three
// on (each order's transition applied by Equipme exactly once), and the slip prints in German with the
// customer's note. pdftotext and zbarimg read what was printed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import { deliveryKey } from '../../shared/domain/shipment-boxes.ts';
import { decodeCode128, pdfToPngs, pdfToText } from '../main/printing/external-tools.ts';
import { type RunningStation, SCREENSHOTS, scan, startStationInBrowser } from './station-fixture.ts';
import { isShippingOrder, moveInEquipme, scanEveryItem } from './station-helpers.ts';

let s: RunningStation;
let box: FulfillmentOrder[];
let salesOrderNumber: string;
let salesOrderId: number;

const shot = (name: string) => s.page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });

/** The simulator's German customer with packing instructions (electron/main/simulator/seed). */
const GERMAN_CUSTOMER = 1201;

/**
 * A sales order of that customer with three or more in-house orders to one address and a note: the
 * seed's statuses are random, so Equipme's back office puts them all in process first.
 */
async function germanBoxOfThree(): Promise<FulfillmentOrder[]> {
  const bySales = new Map<number, FulfillmentOrder[]>();
  for (const id of s.sim.orderIds()) {
    const order = s.sim.order(id);
    if (order?.customer.id === GERMAN_CUSTOMER)
      bySales.set(order.order.id, [...(bySales.get(order.order.id) ?? []), order]);
  }
  const ships = isShippingOrder({ status: 'new', maxQuantity: 10 });
  for (const [salesOrderId, orders] of bySales) {
    const places = new Set(orders.map((o) => deliveryKey(o.deliveryAddress)));
    if (orders.length !== 3 || places.size !== 1 || places.has(null)) continue;
    if (!orders.every((o) => ships({ ...o, status: 'new' }))) continue;
    const answer = await fetch(`${s.sim.url}/v1/sales/orders/${salesOrderId}`, {
      headers: { 'x-api-key': s.sim.apiKey },
    });
    const salesOrder = (await answer.json()) as { note: string | null };
    if (salesOrder.note) return orders;
  }
  throw new Error('the seed has no German sales order of three in-house orders to one address with a note');
}

/** An order's line in the box, which opens the order. */
const openOrder = (id: number) => s.page.locator('.shipment-order-open', { hasText: `#${id}` });

/** The printed files of the demo file printer that end so, in the station's labels folder. */
const printedFiles = (ending: string) =>
  readdirSync(join(s.dataDir, 'labels')).filter((file) => file.endsWith(ending));

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 300, seed: 4 });
  box = await germanBoxOfThree();
  for (const order of box) await moveInEquipme(s, order.id, 'inprocess');
  await s.station.handlers['sync:now'](undefined);
  salesOrderNumber = box[0]?.order.orderNumber ?? '';
  salesOrderId = box[0]?.order.id ?? 0;
  // The sales order and the customer are fetched after the pull: wait for both copies.
  for (let tries = 0; ; tries++) {
    const shipment = await s.station.handlers['shipment:get']({ salesOrderId });
    const { salesOrder, customer } = shipment.ok ? shipment.value.sales : {};
    if (salesOrder?.state === 'copy' && customer?.state === 'copy') break;
    if (tries === 60) throw new Error('the station never fetched the sales order and its customer');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}, 90_000);
afterAll(() => s?.close());

describe('one sales order, one box', () => {
  it('opens the three orders as one shipment when the sales order number is scanned', async () => {
    await s.page.goto(s.url);
    await s.page.locator('.queue-row, [role="option"]').first().waitFor({ timeout: 15_000 });
    await shot('queue-with-groups');
    await scan(s.page, salesOrderNumber);
    await s.page.getByText('3 of 3 fulfillment orders here').waitFor({ timeout: 15_000 });
    for (const order of box) await openOrder(order.id).waitFor();
    // Customer 1201's instructions, in German, shown before anything is packed.
    await s.page.getByText('Jedes Gerät einzeln in Luftpolsterfolie').first().waitFor();
    await shot('shipment-box-of-three');
  }, 90_000);

  it('refuses the box label until every order is picked, then prints one label for the three', async () => {
    const printLabel = s.page.getByRole('button', { name: 'Print box label' });
    expect(await printLabel.isDisabled()).toBe(true);

    await s.page.getByRole('button', { name: 'I have read the packing instructions' }).click();
    await s.page.locator('.shipment-screen .order-instructions-ack').waitFor();

    for (const order of box) {
      await openOrder(order.id).click();
      await s.page.locator('.order-screen').getByText(`#${order.id}`).first().waitFor();
      await scanEveryItem((code) => scan(s.page, code), order.bomItems ?? []);
      await s.page.locator('.order-screen').getByText('All items verified').first().waitFor();
      await s.page.keyboard.press('Escape');
      await s.page.getByText('3 of 3 fulfillment orders here').waitFor();
    }
    // Main's word first, so a refusal says why; then the button, which follows it.
    const refusal = async () => {
      const shipment = await s.station.handlers['shipment:get']({ salesOrderId });
      return shipment.ok ? shipment.value.boxes.map((b) => b.labelRefusal) : shipment.error.message;
    };
    await expect.poll(refusal, { timeout: 10_000 }).toEqual([null]);
    await expect.poll(() => printLabel.isDisabled(), { timeout: 10_000 }).toBe(false);
    await printLabel.click();
    await s.page.getByText('Printed on PDF labels.').first().waitFor({ timeout: 15_000 });
    await shot('shipment-box-labelled');

    // One label file for the box, none for the other two orders: the three share it.
    const [first, ...others] = box.map((order) => order.id);
    const labels = printedFiles(`-${first}-label.pdf`);
    expect(labels).toHaveLength(1);
    for (const id of others) expect(printedFiles(`-${id}-label.pdf`)).toEqual([]);
    const pdf = readFileSync(join(s.dataDir, 'labels', labels[0] ?? ''));
    const text = (await pdfToText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Package 1/1');
    expect(text).toContain(`3 orders in this box: ${box.map((o) => o.id).join(', ')}`);
    const [page] = await pdfToPngs(pdf);
    expect(await decodeCode128(page ?? Buffer.alloc(0))).toContain(`PSO${first}`);
  }, 90_000);

  it('moves the three orders on with one press: each transition applied by Equipme exactly once', async () => {
    const ids = box.map((order) => order.id);
    const before = s.sim.transitions().filter((t) => ids.includes(t.orderId)).length;
    await s.page.getByRole('button', { name: 'Mark packed — 3 orders' }).click();
    const applied = () =>
      ids.map((id) => s.sim.transitions().filter((t) => t.orderId === id && t.action === 'process').length);
    await expect.poll(applied, { timeout: 20_000 }).toEqual([1, 1, 1]);
    await expect
      .poll(() => ids.map((id) => s.sim.order(id)?.status), { timeout: 20_000 })
      .toEqual(['ready-for-delivery', 'ready-for-delivery', 'ready-for-delivery']);
    // Nothing is sent twice: a while later Equipme still has one step per order.
    await s.page.waitForTimeout(1_500);
    expect(applied()).toEqual([1, 1, 1]);
    expect(s.sim.transitions().filter((t) => ids.includes(t.orderId)).length).toBe(before + 3);
    await shot('shipment-box-packed');
  }, 90_000);

  it("prints the packing slip in German with the customer's note", async () => {
    const [first] = box;
    if (!first) throw new Error('unreachable');
    await openOrder(first.id).click();
    await s.page.locator('.order-screen').getByText(`#${first.id}`).first().waitFor();
    await s.page.getByRole('button', { name: 'Print packing slip' }).click();
    await expect.poll(() => printedFiles(`-${first.id}-slip.pdf`).length, { timeout: 15_000 }).toBe(1);
    const slip = readFileSync(join(s.dataDir, 'labels', printedFiles(`-${first.id}-slip.pdf`)[0] ?? ''));
    const text = await pdfToText(slip);
    expect(text).toContain('LIEFERSCHEIN');
    expect(text).not.toContain('PACKING SLIP');
    expect(text).toContain('NOTIZ DES KUNDEN');
    const answer = await fetch(`${s.sim.url}/v1/sales/orders/${first.order.id}`, {
      headers: { 'x-api-key': s.sim.apiKey },
    });
    const { note } = (await answer.json()) as { note: string };
    // The note's first words as text, without its markup.
    const words = note
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .trim()
      .split(/\s+/)
      .slice(0, 3)
      .join(' ');
    expect(text.replace(/\s+/g, ' ')).toContain(words);
    expect(text).not.toMatch(/<\/?[a-z]/);
  }, 90_000);
});
