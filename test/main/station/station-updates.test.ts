// The station's updater behind the IPC contract: main refuses an install over an open order or a step
// being sent, whatever the window shows; the offer follows the same rule and is pushed as it changes.
import { expect, vi } from 'vitest';
import { upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import { enqueueTransition } from '../../../electron/main/outbox/enqueue.ts';
import { outboxCounts } from '../../../electron/main/outbox/index.ts';
import { createSessionSecretBox } from '../../../electron/main/station/index.ts';
import { recoveryHandlers } from '../../../electron/main/station/recovery-handlers.ts';
import { createSettingsStore } from '../../../electron/main/station/settings-store.ts';
import { createStationUpdates } from '../../../electron/main/station/station-updates.ts';
import { updateHandlers } from '../../../electron/main/station/update-handlers.ts';
import type { UpdateFeed } from '../../../electron/main/updates/update-feed.ts';
import type { UpdateView } from '../../../shared/ipc/updates.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const NOW = new Date(2026, 11, 2, 14, 0, 0);

function setUp(db: Parameters<typeof createSettingsStore>[0]['db'], feed: UpdateFeed | undefined) {
  const settings = createSettingsStore({
    db,
    stationId: 'station-1',
    secretBox: createSessionSecretBox(),
    shell: 'electron',
    now: () => NOW,
    sourceProbe: async () => ({ ok: true, value: undefined }) as never,
  });
  const pushed: UpdateView[] = [];
  const updates = createStationUpdates({
    db,
    settings,
    feed,
    version: '1.0.0',
    now: () => NOW,
    onChange: (view) => pushed.push(view),
  });
  // What the screen shows reaches the updater through station:showing, as open-station.ts wires it.
  const screen = recoveryHandlers(undefined, (showing) => updates.setOrderOpen(showing !== null));
  return { updates, handlers: { ...updateHandlers(updates), ...screen }, pushed };
}

function readyFeed() {
  return {
    check: async () => ({ version: '1.1.0' }),
    download: async () => {},
    install: vi.fn<() => void>(),
  };
}

test('an order open on screen: no offer, and install now is refused in main', async ({ db }) => {
  const feed = readyFeed();
  const { updates, handlers, pushed } = setUp(db, feed);
  await updates.machine?.tick();
  expect((await handlers['updates:status'](undefined)).ok && pushed.at(-1)?.offer).toBe(true);

  await handlers['station:showing']({ showing: { orderId: 42 } });
  expect(await handlers['updates:status'](undefined)).toMatchObject({
    ok: true,
    value: { phase: 'ready', offer: false },
  });
  expect(pushed.at(-1)?.offer).toBe(false);
  expect(await handlers['updates:install'](undefined)).toMatchObject({
    ok: false,
    error: { code: 'rejected', message: expect.stringMatching(/An order is open/) },
  });
  expect(feed.install).not.toHaveBeenCalled();

  await handlers['station:showing']({ showing: { salesOrderId: 7 } });
  expect(pushed.at(-1)?.offer).toBe(false);
  await handlers['station:showing']({ showing: null });
  expect(pushed.at(-1)?.offer).toBe(true);
  expect(await handlers['updates:install'](undefined)).toMatchObject({
    ok: true,
    value: { phase: 'installing' },
  });
  expect(feed.install).toHaveBeenCalledTimes(1);
  updates.close();
});

test('an outbox entry in sending: install now is refused until it has an answer', async ({ db }) => {
  upsertPulledOrders(db, [makeOrder({ id: 7, status: 'new' })], NOW);
  const entry = enqueueTransition(db, {
    orderId: 7,
    action: 'process',
    operator: 'ana',
    stationId: 'station-1',
    now: NOW,
  });
  if (!entry.ok) expect.fail(entry.error.message);
  db.prepare(`UPDATE outbox SET state = 'sending' WHERE id = ?`).run(entry.value.id);

  const feed = readyFeed();
  const { updates, handlers, pushed } = setUp(db, feed);
  await updates.machine?.tick();
  expect(pushed.at(-1)).toMatchObject({ phase: 'ready', offer: false });
  expect(await handlers['updates:install'](undefined)).toMatchObject({
    ok: false,
    error: { message: expect.stringMatching(/being sent to Equipme/) },
  });

  db.prepare(`UPDATE outbox SET state = 'applied' WHERE id = ?`).run(entry.value.id);
  updates.outboxMoved(outboxCounts(db).sending);
  expect(pushed.at(-1)?.offer).toBe(true);
  expect(await handlers['updates:install'](undefined)).toMatchObject({ ok: true });
  expect(feed.install).toHaveBeenCalledTimes(1);
  updates.close();
});

test('a station without a feed (browser mode) is off and says how to update', async ({ db }) => {
  const { handlers } = setUp(db, undefined);
  expect(await handlers['updates:status'](undefined)).toMatchObject({
    ok: true,
    value: { phase: 'off', offer: false, channel: 'stable', quietHour: 3, currentVersion: '1.0.0' },
  });
  expect(await handlers['updates:install'](undefined)).toMatchObject({
    ok: false,
    error: { message: expect.stringMatching(/does not update itself/) },
  });
});
