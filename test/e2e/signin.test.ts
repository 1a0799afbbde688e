// Who is packing, end to end: a station nobody signed in to counts no scan, a badge signs in, another
// badge takes over, the own badge signs out, and the audit log, the step and the print carry the
// operator. Browser mode + station core + simulator, in Debian Chromium.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../electron/main/db/connection.ts';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import { labelBarcode } from '../../shared/domain/scan-codes.ts';
import {
  type RunningStation,
  SCREENSHOTS,
  scan,
  startStationInBrowser,
  waitForOrderScreen,
} from './station-fixture.ts';
import { printLabel, scanEveryItem, shippingOrder } from './station-helpers.ts';

let s: RunningStation;

beforeAll(async () => {
  s = await startStationInBrowser({ orders: 200, seed: 11, signedIn: false });
}, 60_000);
afterAll(() => s?.close());

const shot = (name: string) => s.page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
const header = () => s.page.getByRole('banner');
const signInHeading = () => s.page.getByRole('heading', { name: 'Sign in to pack' });

/** A new shipping order whose every line has a part number and a small quantity. */
function packableOrder(): FulfillmentOrder {
  return shippingOrder(s.sim, { status: 'new', maxQuantity: 3 });
}

function operatorRows() {
  const db = openStationDb(join(s.dataDir, 'station.db'));
  try {
    return listAudit(db, { limit: 500 })
      .reverse()
      .filter((row) => row.kind.startsWith('operator-') || row.kind === 'transition-enqueued');
  } finally {
    db.close();
  }
}

describe('sign-in at the packing station', () => {
  it('shows the sign-in screen at start and does not count a scan before sign-in', async () => {
    const order = packableOrder();
    await s.page.goto(s.url);
    await signInHeading().waitFor({ timeout: 15_000 });
    await header().getByText('Nobody signed in').waitFor();
    await shot('signin-screen');

    await scan(s.page, labelBarcode(order.id));
    await s.page.getByText(/^Not counted: nobody is signed in/).waitFor();
    expect(await signInHeading().isVisible()).toBe(true);
    expect(await s.page.locator('.order-screen').count()).toBe(0);
    await shot('signin-not-counted');
  });

  it('a badge signs in, another badge switches, the own badge signs out; rows carry the operator', async () => {
    const order = packableOrder();
    const lines = order.bomItems ?? [];

    await scan(s.page, 'OP:Packer Anna');
    await s.page.locator('[role="option"]').first().waitFor({ timeout: 15_000 });
    await header().getByText('Packer Anna').waitFor();
    await header().getByRole('button', { name: 'Sign out' }).waitFor();
    await shot('signin-signed-in');

    // Anna starts the order: the step carries her name.
    await scan(s.page, labelBarcode(order.id));
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
    await s.page.locator('.order-action-buttons').getByRole('button').first().click();
    await s.page.getByText('In process').first().waitFor();

    // Bram takes over with his badge: the order stays open, he picks it and prints its label.
    await scan(s.page, 'OP:Bram');
    await header().getByText('Bram', { exact: true }).waitFor();
    await s.page.getByText('Bram is signed in now (was Packer Anna).').waitFor();
    await waitForOrderScreen(s.page, order.order.orderNumber, order.id);
    await scanEveryItem((code) => scan(s.page, code), lines);
    await s.page.getByText('All items verified').waitFor();
    await printLabel(s.page);
    await shot('signin-switched');

    // Bram's own badge again signs him out: the next person starts at the sign-in screen.
    await scan(s.page, 'op:bram');
    await signInHeading().waitFor();
    await header().getByText('Nobody signed in').waitFor();
    const before = await s.station.handlers['orders:get']({ orderId: order.id });
    await scan(s.page, lines[0]?.product?.partNumber ?? '');
    await s.page
      .getByText(/^Not counted: nobody is signed in/)
      .first()
      .waitFor();
    const after = await s.station.handlers['orders:get']({ orderId: order.id });
    expect(after.ok && after.value.picked).toEqual(before.ok && before.value.picked);
    await shot('signin-signed-out');

    const jobs = await s.station.handlers['print:jobs']({ orderId: order.id });
    expect(jobs.ok && jobs.value.map((job) => [job.kind, job.operator])).toEqual([['label', 'Bram']]);
    expect(operatorRows().map((row) => [row.kind, row.operator, row.orderId, row.detail.previous])).toEqual([
      ['operator-signed-in', 'Packer Anna', null, undefined],
      ['transition-enqueued', 'Packer Anna', order.id, undefined],
      ['operator-switched', 'Bram', null, 'Packer Anna'],
      ['operator-signed-out', 'Bram', null, undefined],
    ]);
  });

  it('a supervisor changes the badge prefix in Settings (PIN); badges with the new prefix sign in', async () => {
    await s.page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    const card = s.page.getByRole('region', { name: 'Operator badges' });
    await card.getByLabel('Badge prefix').fill('ID#');
    await card.getByRole('button', { name: 'Save prefix' }).click();
    const prompt = s.page.getByRole('dialog');
    await prompt.getByText('Changing the badge prefix needs the supervisor PIN.').waitFor();
    await prompt.getByLabel('Supervisor PIN').fill('2468');
    await prompt.getByRole('button', { name: 'Confirm' }).click();
    await s.page.getByText('Badge prefix saved.').waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot('signin-badge-prefix');

    await s.page.getByRole('navigation').getByRole('button', { name: 'Queue' }).click();
    await signInHeading().waitFor();
    await s.page.getByText('Badges start with ID#').waitFor();
    await scan(s.page, 'OP:Anna');
    await s.page
      .getByText(/^Not counted: nobody is signed in/)
      .first()
      .waitFor();
    await scan(s.page, 'ID#Cem');
    await header().getByText('Cem', { exact: true }).waitFor();
    await s.page.locator('[role="option"]').first().waitFor();
  });
});
