// The station's updater: the update machine fed by the desktop app's electron-updater, told whether
// an order is open (the renderer says so) and what the outbox is sending (the database says so),
// ticked every minute. Without a feed (browser mode, a development build) updates are 'off'.
import type { UpdateView } from '../../../shared/ipc/updates.ts';
import type { StationDb } from '../db/connection.ts';
import { outboxCounts } from '../db/outbox-entries.ts';
import type { PackingNow } from '../updates/install-policy.ts';
import type { UpdateFeed } from '../updates/update-feed.ts';
import { createUpdateMachine, type UpdateMachine } from '../updates/update-machine.ts';
import type { SettingsStore } from './settings-store.ts';

export interface StationUpdates {
  view(): UpdateView;
  /** null in a station that does not update itself. */
  machine: UpdateMachine | null;
  /** An order or a shipment is on screen, or none is (station:showing): no install over one. */
  setOrderOpen(open: boolean): void;
  /** The sync engine's status counts `sending` entries now: the offer may change with it. */
  outboxMoved(sending: number): void;
  close(): void;
}

const TICK_MS = 60_000;
/** The first look waits for the station to settle (the first pull, the window). */
const FIRST_TICK_MS = 20_000;

export function createStationUpdates(options: {
  db: StationDb;
  settings: SettingsStore;
  feed: UpdateFeed | undefined;
  version: string;
  now: () => Date;
  onChange: (view: UpdateView) => void;
}): StationUpdates {
  const { db, settings, feed } = options;
  let orderOpen = false;
  // What the outbox sent when the offer was last worked out: a change from or to none changes it.
  let sendingSeen = 0;
  const packing = (): PackingNow => {
    sendingSeen = outboxCounts(db).sending;
    return { orderOpen, sending: sendingSeen };
  };
  const updateSettings = () => ({
    channel: settings.current().updateChannel,
    quietHour: settings.current().updateQuietHour,
  });

  const machine = feed
    ? createUpdateMachine({
        feed,
        currentVersion: options.version,
        settings: updateSettings,
        packing,
        now: options.now,
        onChange: options.onChange,
      })
    : null;

  const off = (): UpdateView => ({
    phase: 'off',
    ...updateSettings(),
    currentVersion: options.version,
    version: null,
    problem: null,
    retryAt: null,
    lastCheckedAt: null,
    offer: false,
  });

  const timers: NodeJS.Timeout[] = [];
  if (machine) {
    // A tick never throws (failures are the machine's state); the timers never keep the process up.
    const tick = () => void machine.tick();
    timers.push(setTimeout(tick, FIRST_TICK_MS).unref(), setInterval(tick, TICK_MS).unref());
  }

  return {
    view: () => machine?.view() ?? off(),
    machine,
    setOrderOpen(open) {
      if (open === orderOpen) return;
      orderOpen = open;
      machine?.packingChanged();
    },
    outboxMoved(sending) {
      if (sending > 0 !== sendingSeen > 0) machine?.packingChanged();
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
