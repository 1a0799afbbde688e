// Shop orders through the station core and its IPC gate: both shops switched on (their built-in
// simulators), pulled beside Equipme; a shop order packed with shop:step under Equipme's rules
// (verification, one press, label confirmation), nothing ever queued for it; its label decoded back
// to PSO<M|X>:<id>, which opens it through orders:lookup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { sourceOfKey } from '../../../shared/domain/order-keys.ts';
import { parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import type { OrdersQueryArgs } from '../../../shared/ipc/orders.ts';
import type { PrintJobView } from '../../../shared/ipc/printing.ts';
import { pdfToPngs, zbarCode128 } from '../printing/external-tools.ts';
import { type TestStation, stationTest as test, until } from './station-fixture.ts';

const QUERY: OrdersQueryArgs = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 500 };

async function switchShopsOn(st: TestStation): Promise<void> {
  await st.value('settings:update-source', { source: 'marketplace', enabled: true });
  await st.value('settings:update-source', { source: 'emporix', enabled: true });
  await until('both shops pulled', async () => {
    const { shops = [] } = await st.value('sync:status');
    return shops.length === 2 && shops.every((shop) => shop.lastPull !== null);
  });
}

async function openIds(st: TestStation): Promise<number[]> {
  return (await st.value('orders:query', QUERY)).rows.map((row) => row.id);
}

async function pickAll(st: TestStation, orderId: number): Promise<void> {
  const { order } = await st.value('orders:get', { orderId });
  for (const [line, item] of (order.bomItems ?? []).entries()) {
    for (let i = 0; i < item.quantity; i++)
      await st.value('picks:record', { orderId, line, delta: 1, source: 'scan' });
  }
}

async function printed(st: TestStation, jobId: string): Promise<PrintJobView> {
  let job: PrintJobView | undefined;
  await until(`job ${jobId} printed`, async () => {
    job = (await st.value('print:jobs', {})).find((j) => j.id === jobId);
    return job?.state === 'printed';
  });
  return job as PrintJobView;
}

describe('station core: shop orders', () => {
  test('both shops are pulled beside Equipme into one queue, each under its own keys', async ({ st }) => {
    await switchShopsOn(st);
    const sources = new Set((await openIds(st)).map(sourceOfKey));
    expect(sources).toEqual(new Set(['equipme', 'marketplace', 'emporix']));
    const status = await st.value('sync:status');
    expect(status.shops?.map((shop) => [shop.source, shop.state, shop.problem])).toEqual([
      ['marketplace', 'ok', null],
      ['emporix', 'ok', null],
    ]);
  });

  test('a shop order is packed with shop:step under the Equipme rules, recorded here only', async ({
    st,
  }) => {
    await switchShopsOn(st);
    const orderId = (await openIds(st)).find((id) => sourceOfKey(id) === 'emporix') as number;
    const nobody = await st.call('shop:step', { orderId, step: 'packing', seenStatus: 'new' });
    expect(!nobody.ok && nobody.error.message).toMatch(/^Sign in first/);
    await st.value('operator:sign-in', { name: 'Ana' });

    const detail = await st.value('orders:get', { orderId });
    expect(detail.allowedActions).toEqual([]);
    expect(detail.supervisorActions).toEqual([]);
    expect(detail.shop).toMatchObject({
      source: 'emporix',
      nextStep: 'packing',
      steps: [],
      labelPrinted: false,
    });
    expect(detail.shop?.labelBarcode).toBe(`PSOX:${detail.shop?.id}`);

    // transitions:enqueue never takes a shop order: it says so in words.
    const enqueue = await st.call('transitions:enqueue', { orderId, action: 'process', seenStatus: 'new' });
    expect(enqueue).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!enqueue.ok && enqueue.error.message).toMatch(/comes from Emporix.*recorded at this station only/);

    const packing = await st.value('shop:step', { orderId, step: 'packing', seenStatus: 'new' });
    expect(packing.effectiveStatus).toBe('inprocess');
    expect(packing.shop?.steps.map((s) => [s.step, s.operator])).toEqual([['packing', 'Ana']]);
    // The same press again (a double press) is refused: the order left `new`.
    const twice = await st.call('shop:step', { orderId, step: 'packing', seenStatus: 'new' });
    expect(!twice.ok && twice.error.message).toMatch(/already in process/);

    // Verification before packed, enforced in main.
    const unverified = await st.call('shop:step', { orderId, step: 'packed', seenStatus: 'inprocess' });
    expect(unverified).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!unverified.ok && unverified.error.message).toMatch(/verif|scan|picked/i);
    await pickAll(st, orderId);
    const packed = await st.value('shop:step', { orderId, step: 'packed', seenStatus: 'inprocess' });
    expect(packed.effectiveStatus).toBe('ready-for-delivery');

    // A re-pull keeps the status this station gave it.
    await st.value('sync:now');
    await until('a fresh emporix pass', async () => {
      const { shops = [] } = await st.value('sync:status');
      return (
        (shops.find((s) => s.source === 'emporix')?.lastPull?.at ?? '') > (packed.shop?.steps[1]?.at ?? '')
      );
    });
    expect((await st.value('orders:get', { orderId })).effectiveStatus).toBe('ready-for-delivery');

    // No label printed: the hand-over needs the confirmation, as a dispatch does.
    const unconfirmed = await st.call('shop:step', {
      orderId,
      step: 'handed-to-carrier',
      seenStatus: 'ready-for-delivery',
    });
    expect(!unconfirmed.ok && unconfirmed.error.message).toMatch(/No shipping label has been printed/);
    const handed = await st.value('shop:step', {
      orderId,
      step: 'handed-to-carrier',
      seenStatus: 'ready-for-delivery',
      confirmed: true,
    });
    expect(handed.effectiveStatus).toBe('in-delivery-outbound');
    expect(handed.shop?.nextStep).toBeNull();
    expect(await openIds(st)).not.toContain(orderId);

    // Nothing was ever queued to send.
    expect(await st.value('outbox:list', {})).toEqual([]);
  });

  test('the printed label of a shop order decodes to PSO<M|X>:<id> and opens the order', async ({
    st,
    dir,
  }) => {
    await switchShopsOn(st);
    await st.value('operator:sign-in', { name: 'Ana' });
    const orderId = (await openIds(st)).find((id) => sourceOfKey(id) === 'marketplace') as number;
    await pickAll(st, orderId);
    const detail = await st.value('orders:get', { orderId });
    const job = await printed(st, (await st.value('print:order', { orderId, kind: 'label' })).id);
    // Named after the shop and its own id, not the station's (negative) key.
    const pdf = readFileSync(join(dir, 'labels', `${job.id}-marketplace-${detail.shop?.id}-label.pdf`));
    const [page] = await pdfToPngs(pdf, 203);
    const codes = await zbarCode128(page ?? Buffer.alloc(0));
    expect(codes).toEqual([`PSOM:${detail.shop?.id}`]);
    expect(parseOrderCode(codes[0] ?? '')).toEqual({
      kind: 'shop-label',
      source: 'marketplace',
      id: detail.shop?.id,
    });
    const opened = await st.value('orders:lookup', { code: codes[0] ?? '' });
    expect(opened?.orderId).toBe(orderId);
    expect((await st.value('orders:get', { orderId })).shop?.labelPrinted).toBe(true);
  });
});
