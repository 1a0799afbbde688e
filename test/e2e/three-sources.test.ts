// One station, three sources: an Equipme order, a marketplace order and an Emporix order packed one
// after the other in Debian Chromium, each label printed on the file printer, decoded by ZXing, and
// the decoded code scanned at the queue opens that very order again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BomItem } from '../../shared/api/equipme.ts';
import type { ShopSourceName } from '../../shared/domain/order-sources.ts';
import { labelBarcode, shopLabelBarcode } from '../../shared/domain/scan-codes.ts';
import type { OrderDetail } from '../../shared/ipc/orders.ts';
import { decodeCode128, pdfToPngs } from '../main/printing/external-tools.ts';
import { type RunningStation, SCREENSHOTS, scan, startStationInBrowser } from './station-fixture.ts';
import { printLabel, scanEveryItem, shippingOrder } from './station-helpers.ts';

const PIN = '2468';
let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 200, seed: 5 });
  // A live station: the shops are switched on by the supervisor, on their built-in simulators.
  for (const source of ['marketplace', 'emporix'] as const) {
    const on = await s.station.handlers['settings:update-source']({
      source,
      enabled: true,
      url: null,
      pin: PIN,
    });
    if (!on.ok) throw new Error(on.error.message);
  }
  await vi.waitFor(
    async () => {
      for (const source of ['marketplace', 'emporix'] as const) {
        if ((await shopOrder(source)) === null) throw new Error(`no ${source} order pulled yet`);
      }
    },
    { timeout: 30_000, interval: 500 },
  );
}, 90_000);
afterAll(() => s?.close());

/** A new shop order of this source from the cache, with 1–3 pick lines of small quantities. */
async function shopOrder(source: ShopSourceName): Promise<OrderDetail | null> {
  const rows = await s.station.handlers['orders:query']({
    source,
    statuses: ['new'],
    sort: { by: 'created', direction: 'asc' },
    offset: 0,
    limit: 100,
  });
  if (!rows.ok) throw new Error(rows.error.message);
  for (const row of rows.value.rows) {
    const detail = await s.station.handlers['orders:get']({ orderId: row.id });
    if (!detail.ok) continue;
    const lines = detail.value.order.bomItems ?? [];
    if (lines.length >= 1 && lines.length <= 3 && lines.every((l) => l.quantity <= 3)) return detail.value;
  }
  return null;
}

function labelPdfs(): string[] {
  const folder = join(s.dataDir, 'labels');
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.endsWith('-label.pdf'));
}

/** The label just printed, decoded by ZXing: every Code 128 on it. */
async function decodeNewLabel(before: readonly string[]): Promise<string[]> {
  const printed = labelPdfs().filter((name) => !before.includes(name));
  expect(printed).toHaveLength(1);
  const pages = await pdfToPngs(readFileSync(join(s.dataDir, 'labels', printed[0] ?? '')));
  return (await Promise.all(pages.map(decodeCode128))).flat();
}

/** Scans a code at the queue and waits for the order screen of this order number. */
async function openByScan(code: string, orderNumber: string): Promise<void> {
  await scan(s.page, code);
  try {
    await s.page.locator('.order-screen h1', { hasText: orderNumber }).waitFor({ timeout: 15_000 });
  } catch (error) {
    await s.page.screenshot({ path: `${SCREENSHOTS}/three-sources-not-opened.png` });
    throw error;
  }
}

async function backToQueue(): Promise<void> {
  await s.page.keyboard.press('Escape');
  await s.page.locator('.order-screen').waitFor({ state: 'detached' });
}

/** Picks every line, prints the label, and answers what ZXing read on it. */
async function pickAndLabel(lines: readonly BomItem[]): Promise<string[]> {
  await scanEveryItem((code) => scan(s.page, code), lines);
  await s.page.getByText('All items verified').waitFor();
  const before = labelPdfs();
  await printLabel(s.page);
  return decodeNewLabel(before);
}

describe('one station packing Equipme, marketplace and Emporix orders', () => {
  it('lists the three sources in the queue, each row with its source', async () => {
    await s.page.goto(s.url);
    await s.page.locator('.queue-row, [role="option"]').first().waitFor({ timeout: 15_000 });
    for (const name of ['Marketplace', 'Emporix']) {
      // The queue's source filter (the header's shop pills carry the same names).
      await s.page
        .getByRole('group', { name: 'Source' })
        .getByRole('button', { name: new RegExp(`^${name}`) })
        .waitFor();
    }
    await s.page.screenshot({ path: `${SCREENSHOTS}/three-sources-queue.png` });
  });

  it('packs an Equipme order; its label opens it again', { timeout: 90_000 }, async () => {
    const order = shippingOrder(s.sim, { status: 'new', lines: { min: 1, max: 3 }, maxQuantity: 3 });
    await openByScan(labelBarcode(order.id), order.order.orderNumber);
    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Start picking' }).click();
    await s.page.getByText('In process').first().waitFor();
    const codes = await pickAndLabel(order.bomItems ?? []);
    expect(codes).toContain(labelBarcode(order.id));
    await s.page.locator('.order-action-buttons').getByRole('button', { name: 'Mark packed' }).click();
    await s.page.getByText('Ready for delivery').first().waitFor();
    await backToQueue();
    const decoded = codes.find((code) => code === labelBarcode(order.id)) ?? '';
    await openByScan(decoded, order.order.orderNumber);
    await backToQueue();
  });

  for (const source of ['marketplace', 'emporix'] as const) {
    it(`packs a ${source} order here only, the shop not told; its label opens it again`, {
      timeout: 90_000,
    }, async () => {
      const detail = await shopOrder(source);
      if (!detail?.shop) throw new Error(`no ${source} order to pack`);
      const { shop } = detail;
      await openByScan(shopLabelBarcode(source, shop.id), shop.orderNumber);
      await s.page.getByText(/is not told about these steps/).waitFor();
      await s.page.getByRole('button', { name: 'Start packing' }).click();
      const codes = await pickAndLabel(detail.order.bomItems ?? []);
      const code = shopLabelBarcode(source, shop.id);
      expect(codes).toContain(code);
      await s.page.getByRole('button', { name: 'Mark packed here' }).click();
      await expect
        .poll(async () => {
          const now = await s.station.handlers['orders:get']({ orderId: detail.order.id });
          return now.ok ? now.value.shop?.steps.map((step) => step.step) : null;
        })
        .toEqual(['packing', 'packed']);
      // Packed here, and the shop's status as sent: never Equipme's "Ready for delivery".
      const title = s.page.locator('.order-title-row');
      await title.getByText('Packed here').waitFor();
      expect(await title.textContent()).not.toContain('Ready for delivery');
      await s.page.screenshot({ path: `${SCREENSHOTS}/three-sources-${source}-packed.png` });
      await backToQueue();
      // The code read off the printed label, scanned at the queue, opens this order.
      await openByScan(codes.find((read) => read === code) ?? '', shop.orderNumber);
      await backToQueue();
    });
  }

  it('sent nothing for the shop orders: the outbox holds Equipme steps only', async () => {
    const entries = await s.station.handlers['outbox:list']({});
    if (!entries.ok) throw new Error(entries.error.message);
    expect(entries.value.length).toBeGreaterThan(0);
    expect(entries.value.every((entry) => entry.orderId > 0)).toBe(true);
  });
});
