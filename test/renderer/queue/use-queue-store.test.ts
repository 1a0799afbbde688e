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
    expect(station.argsOf('orders:query').map((args) => args.offset)).toEqual([100, 200]);
    expect(rowAt(useQueueStore.getState(), 215)?.orderNumber).toBe('SO-000216');
    expect(rowAt(useQueueStore.getState(), 5)).toBeUndefined();
  });

  it('drops an answer that arrives after the filters changed', async () => {
    const waiting = deferredStation();
    const store = useQueueStore.getState();
    store.refresh();
    store.setFilters({ text: 'venlo' });
    expect(waiting.map((call) => call.args.text)).toEqual([undefined, 'venlo']);

    waiting[1]?.release(3);
    await settle();
    waiting[0]?.release(50_000);
    await settle();
    expect(useQueueStore.getState().total).toBe(3);
  });

  it('keeps the rows on screen while a refresh is on its way, and forgets the others', async () => {
    installFakeStation({ 'orders:query': ordersQueryAnswer(1000) });
    const store = useQueueStore.getState();
    store.showRange(0, 10);
    store.showRange(500, 510);
    await settle();
    expect(Object.keys(useQueueStore.getState().windows)).toEqual(['0', '5']);

    const waiting = deferredStation();
    store.refresh();
    expect(Object.keys(useQueueStore.getState().windows)).toEqual(['5']);
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
});
