// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { rowAt, useQueueStore } from '../../../renderer/features/queue/use-queue-store.ts';
import type { OrdersQueryArgs, OrdersQueryResult } from '../../../shared/ipc/orders.ts';
import { installFakeStation } from '../fake-station.ts';
import { ordersQueryAnswer } from '../station-fixtures.ts';

beforeEach(() => useQueueStore.setState(useQueueStore.getInitialState(), true));

/** orders:query answers that wait until the test releases them, in any order. */
function deferredStation() {
  const waiting: { args: OrdersQueryArgs; release: (total: number) => void }[] = [];
  installFakeStation({
    'orders:query': (args) =>
      new Promise<{ ok: true; value: OrdersQueryResult }>((resolve) => {
        waiting.push({ args, release: (total) => resolve(ordersQueryAnswer(total)(args)) });
      }),
  });
  return waiting;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('useQueueStore', () => {
  it('fetches each window on screen once, and only those', async () => {
    const station = installFakeStation({ 'orders:query': ordersQueryAnswer(50_000) });
    const store = useQueueStore.getState();
    store.showRange(195, 215);
    store.showRange(196, 216);
    await settle();
    expect(station.argsOf('orders:query').map((args) => args.offset)).toEqual([150, 200]);
    expect(rowAt(useQueueStore.getState(), 215)?.orderNumber).toBe('SO-000216');
    expect(rowAt(useQueueStore.getState(), 5)).toBeUndefined();
  });

  it("takes the chips' counts as counted for a key typed, and has them counted after orders:changed", async () => {
    const waiting = deferredStation();
    const store = useQueueStore.getState();
    const facts = () => waiting.map((call) => call.args.queueFacts);
    store.refresh();
    waiting[0]?.release(500);
    await settle();
    store.setFilters({ text: 'M' });
    waiting[1]?.release(80);
    await settle();
    expect(facts()).toEqual(['current', 'as-counted']);

    // The cache changed (the queue refreshes): counted until such an answer is shown, even when a
    // key typed meanwhile drops the refresh's answer.
    store.refresh();
    store.setFilters({ text: 'Mü' });
    waiting[2]?.release(80);
    await settle();
    waiting[3]?.release(40);
    await settle();
    expect(useQueueStore.getState()).toMatchObject({ total: 40, shownText: 'Mü' });
    store.setFilters({ text: 'Mül' });
    expect(facts()).toEqual(['current', 'as-counted', 'current', 'current', 'as-counted']);
    waiting[4]?.release(20);
    await settle();
  });

  it('drops an answer that arrives after the filters changed, and asks again with the new ones', async () => {
    const waiting = deferredStation();
    const store = useQueueStore.getState();
    store.refresh();
    store.setFilters({ text: 'venlo' });
    // One request per window at a time: the new filters wait for the answer on its way.
    expect(waiting.map((call) => call.args.text)).toEqual([undefined]);

    waiting[0]?.release(50_000);
    await settle();
    expect(useQueueStore.getState().total).toBeNull();
    expect(waiting.map((call) => call.args.text)).toEqual([undefined, 'venlo']);
    waiting[1]?.release(3);
    await settle();
    expect(useQueueStore.getState()).toMatchObject({ total: 3, shownText: 'venlo' });
  });

  it('searches the newest text only while main is busy, and never shows an older text after a newer one', async () => {
    const waiting = deferredStation();
    const store = useQueueStore.getState();
    store.showRange(0, 15);
    waiting[0]?.release(50_000);
    await settle();
    const shownBefore = useQueueStore.getState().windows[0];

    // A person types "Müller" while main is still answering the first key.
    for (const text of ['M', 'Mü', 'Mül', 'Müll', 'Mülle', 'Müller']) store.setFilters({ text });
    expect(waiting.map((call) => call.args.text)).toEqual([undefined, 'M']);
    waiting[1]?.release(20_000);
    await settle();
    // The answer for "M" is dropped: its rows are never shown under "Müller" (the rows from before
    // stay until Müller's own answer).
    expect(useQueueStore.getState()).toMatchObject({ total: 50_000, shownText: null });
    expect(useQueueStore.getState().windows[0]).toBe(shownBefore);
    expect(waiting.map((call) => call.args.text)).toEqual([undefined, 'M', 'Müller']);

    // Backspace while "Müller" is on its way: "Mülle" is asked next, "Müller" never shows.
    store.setFilters({ text: 'Mülle' });
    waiting[2]?.release(8_339);
    await settle();
    expect(useQueueStore.getState()).toMatchObject({ total: 50_000, shownText: null });
    expect(useQueueStore.getState().windows[0]).toBe(shownBefore);
    waiting[3]?.release(8_400);
    await settle();
    expect(waiting.map((call) => call.args.text)).toEqual([undefined, 'M', 'Müller', 'Mülle']);
    expect(useQueueStore.getState()).toMatchObject({ total: 8_400, shownText: 'Mülle' });
    expect(rowAt(useQueueStore.getState(), 0)?.orderNumber).toBe('SO-000001');
  });

  it('asks again for rows on screen when orders change while their answer is on its way', async () => {
    const waiting = deferredStation();
    const store = useQueueStore.getState();
    store.showRange(0, 15);
    store.refresh();
    expect(waiting).toHaveLength(1);
    waiting[0]?.release(10);
    await settle();
    expect(useQueueStore.getState().total).toBeNull();
    expect(waiting).toHaveLength(2);
    waiting[1]?.release(12);
    await settle();
    expect(useQueueStore.getState().total).toBe(12);
  });

  it('keeps the rows on screen while a refresh is on its way, and forgets the others', async () => {
    installFakeStation({ 'orders:query': ordersQueryAnswer(1000) });
    const store = useQueueStore.getState();
    store.showRange(0, 10);
    store.showRange(500, 510);
    await settle();
    expect(Object.keys(useQueueStore.getState().windows)).toEqual(['0', '10']);

    const waiting = deferredStation();
    store.refresh();
    expect(Object.keys(useQueueStore.getState().windows)).toEqual(['10']);
    expect(rowAt(useQueueStore.getState(), 505)?.orderNumber).toBe('SO-000506');
    waiting[0]?.release(400);
    await settle();
    expect(useQueueStore.getState()).toMatchObject({ total: 400 });
  });

  it('keeps the selection inside the list', async () => {
    installFakeStation({ 'orders:query': ordersQueryAnswer(10) });
    useQueueStore.getState().refresh();
    await settle();
    useQueueStore.getState().select(25);
    expect(useQueueStore.getState().selected).toBe(9);
    useQueueStore.getState().select(-3);
    expect(useQueueStore.getState().selected).toBe(0);
  });

  it('keeps the rows shown that an answer brings again unchanged: a key typed draws only rows that changed', async () => {
    // The answer for "SO-2" is that of "SO-" but for its third row.
    installFakeStation({
      'orders:query': (args) =>
        ordersQueryAnswer(500, (index) =>
          args.text === 'SO-2' && index === 2 ? { customerName: 'Ægir ÅB' } : {},
        )(args),
    });
    const store = useQueueStore.getState();
    store.showRange(0, 20);
    store.setFilters({ text: 'SO-' });
    await settle();
    const shown = useQueueStore.getState().windows[0];
    store.setFilters({ text: 'SO-2' });
    await settle();
    const next = useQueueStore.getState();
    expect(next.shownText).toBe('SO-2');
    expect(next.windows[0]?.[0]).toBe(shown?.[0]);
    expect(next.windows[0]?.[49]).toBe(shown?.[49]);
    expect(next.windows[0]?.[2]).not.toBe(shown?.[2]);
    expect(next.windows[0]?.[2]?.customerName).toBe('Ægir ÅB');

    // The same rows again: the very window array, so the list's rows stay as they are.
    store.setFilters({ text: 'SO-2 ' });
    await settle();
    expect(useQueueStore.getState().windows[0]).toBe(next.windows[0]);
    expect(useQueueStore.getState().shownText).toBe('SO-2 ');
  });
});
