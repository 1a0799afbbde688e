// Settings through the station core: secrets never leave main nor reach the disk in the clear, and a
// changed API restarts the backend. Where the key may go: settings-connection.test.ts; the PIN rules:
// settings-pin.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSessionSecretBox, type SecretBox } from '../../../electron/main/station/index.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { cacheOrders, startTestStation, stationTest as test, until } from './station-fixture.ts';

const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 50 } as const;

const API_KEY = 'sk-live-7f3a9c1e5b2d4680aa';
const PIN = '97531';

/** The files under `dir` (its backups too) that hold `text`. */
function filesContain(dir: string, text: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file).includes(Buffer.from(text)));
}

describe('station core: settings', () => {
  test('defaults: demo mode, no secrets, no operator', async ({ st }) => {
    await expect(st.value('settings:get')).resolves.toEqual({
      apiUrl: null,
      apiKeySet: false,
      demo: true,
      locationIds: [],
      operator: '',
      badgePrefix: 'OP:',
      supervisorPinSet: false,
      updateChannel: 'stable',
      updateQuietHour: 3,
      sound: { enabled: true, volume: 0.7 },
      scanner: { maxInterKeyMs: 50, minLength: 4, terminator: 'Enter' },
      locale: 'en',
      manualCountNeedsSupervisor: true,
      packingInstructionKeys: ['packing.instructions', 'station.note'],
      equipme: { enabled: true, pollIntervalSeconds: 300 },
      // A demo station switches the shops on against their built-in simulators (demo-shops.test.ts).
      sources: ['marketplace', 'emporix'].map((source) => ({
        source,
        enabled: true,
        url: null,
        account: '',
        credentialSet: false,
        credentialProblem: null,
        pollIntervalSeconds: 60,
      })),
      stationPc: { windowMode: 'window', startAtLogin: false, displayId: null },
    });
  });

  test('plain settings are saved and survive a restart; the operator is signed out', async ({
    st,
    dbFile,
  }) => {
    const view = await st.value('settings:update', {
      operator: '  Ana  ',
      locale: 'de',
      sound: { enabled: false, volume: 0.2 },
      scanner: { maxInterKeyMs: 30, minLength: 8, terminator: 'Tab' },
    });
    expect(view).toMatchObject({ operator: 'Ana', locale: 'de', sound: { enabled: false, volume: 0.2 } });
    await st.station.close();
    const again = await startTestStation(dbFile, { waitForPull: false });
    await expect(again.value('settings:get')).resolves.toEqual({ ...view, operator: '' });
    await again.station.close();
  });

  test('switching to a live API restarts the backend; the key is never returned nor stored in the clear', async ({
    st,
    dir,
    dbFile,
  }) => {
    const live = await startSimulator({ seed: 7, orders: 30, apiKey: API_KEY });
    try {
      await st.value('settings:update', { supervisorPin: { next: PIN } });
      const switchedAt = new Date().toISOString();
      const view = await st.value('settings:update', {
        apiUrl: live.url,
        apiKey: API_KEY,
        operator: 'Ana',
        pin: PIN,
      });
      expect(view).toMatchObject({ apiUrl: live.url, apiKeySet: true, demo: false });
      expect(JSON.stringify(view)).not.toContain(API_KEY);
      await expect(st.value('station:info')).resolves.toMatchObject({ mode: 'live', apiUrl: live.url });
      await until('a pull from the live API', async () => {
        const pulled = (await st.value('sync:status')).lastPull;
        return pulled !== null && pulled.at >= switchedAt;
      });
      const liveOrders = live.orderIds().filter((id) => live.order(id)?.status === 'new');
      const { total } = await st.value('orders:query', {
        statuses: ['new'],
        sort: { by: 'created', direction: 'asc' },
        offset: 0,
        limit: 1,
      });
      expect(total).toBe(liveOrders.length);
      expect(JSON.stringify(st.events)).not.toContain(API_KEY);

      // Back to demo: the demo simulator again, the key kept for later.
      await expect(st.value('settings:update', { apiUrl: null, pin: PIN })).resolves.toMatchObject({
        demo: true,
        apiKeySet: true,
      });
      await expect(st.value('station:info')).resolves.toMatchObject({ mode: 'demo' });
      await st.station.close();
      expect(filesContain(dir, API_KEY)).toEqual([]);
      const db = openStationDb(dbFile);
      const audit = JSON.stringify(listAudit(db, { limit: 100 }));
      db.close();
      expect(audit).toContain('settings-changed');
      expect(audit).not.toContain(API_KEY);
    } finally {
      await live.close();
    }
  });

  test('another API: refused while changes wait; then the old orders and picks are forgotten', async ({
    st,
    dbFile,
  }) => {
    await st.value('settings:update', { operator: 'Ana', supervisorPin: { next: PIN } });
    cacheOrders(dbFile, [makeOrder({ id: 900_030, status: 'new' })]);
    const entry = await st.value('transitions:enqueue', {
      orderId: 900_030,
      action: 'process',
      seenStatus: 'new',
    });
    await until('the entry to fail', async () =>
      (await st.value('outbox:list', { states: ['failed'] })).some((e) => e.id === entry.id),
    );
    const { rows } = await st.value('orders:query', { ...QUERY, statuses: ['inprocess'], limit: 1 });
    const picked = rows[0]?.id ?? 0;
    await st.value('picks:record', { orderId: picked, line: 0, delta: 1, source: 'scan' });

    const other = await startSimulator({ seed: 9, orders: 3, apiKey: API_KEY });
    try {
      expect(other.orderIds()).not.toContain(picked);
      const switchTo = { apiUrl: other.url, apiKey: API_KEY, pin: PIN };
      const refused = await st.call('settings:update', switchTo);
      expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
      expect(!refused.ok && refused.error.message).toMatch(/1 change\(s\) still wait/);
      await st.value('outbox:discard', { entryId: entry.id, reason: 'Demo order only' });

      const switchedAt = new Date().toISOString();
      await st.value('settings:update', switchTo);
      await until('a pull from the other API', async () => {
        const pulled = (await st.value('sync:status')).lastPull;
        return pulled !== null && pulled.at >= switchedAt;
      });
      // Only the other API's orders show; none of the demo orders may pass for its own.
      const shown = await st.value('orders:query', { ...QUERY, limit: 500 });
      expect(shown.rows.every((row) => other.orderIds().includes(row.id))).toBe(true);
      expect((await st.value('orders:get', { orderId: picked })).picked.every((n) => n === 0)).toBe(true);
      const stale = await st.call('transitions:enqueue', {
        orderId: picked,
        action: 'process',
        seenStatus: 'inprocess',
      });
      expect(stale).toMatchObject({ ok: false, error: { code: 'rejected' } });
      expect(!stale.ok && stale.error.message).toMatch(/no longer open/);
    } finally {
      await other.close();
    }
  });

  test('an API URL needs a key; a key needs secure storage', async ({ st, dbFile }) => {
    await st.value('settings:update', { supervisorPin: { next: PIN } });
    const noKey = await st.call('settings:update', { apiUrl: 'https://api.equipme.example', pin: PIN });
    expect(noKey).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!noKey.ok && noKey.error.message).toMatch(/API key/);
    await st.station.close();

    const noStore: SecretBox = {
      isAvailable: () => false,
      encrypt: () => Buffer.from(API_KEY),
      decrypt: () => API_KEY,
    };
    const plain = await startTestStation(dbFile, { secretBox: noStore, waitForPull: false });
    const refused = await plain.call('settings:update', {
      apiUrl: 'https://api.equipme.example',
      apiKey: API_KEY,
      pin: PIN,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!refused.ok && refused.error.message).toMatch(/secure storage/);
    await plain.station.close();
  });

  test('a key sealed in an earlier browser-mode launch is unreadable: the station asks for it again', async ({
    st,
    dbFile,
  }) => {
    const live = await startSimulator({ seed: 8, orders: 5, apiKey: API_KEY });
    try {
      await st.value('settings:update', { apiUrl: live.url, apiKey: API_KEY, supervisorPin: { next: PIN } });
      await st.station.close();

      const relaunched = await startTestStation(dbFile, {
        secretBox: createSessionSecretBox(),
        waitForPull: false,
      });
      await expect(relaunched.value('settings:get')).resolves.toMatchObject({
        apiUrl: live.url,
        apiKeySet: false,
      });
      const status = await relaunched.value('sync:status');
      expect(status).toMatchObject({ role: 'stopped', alert: { code: 'api-key-rejected' } });
      expect(status.alert?.message).toMatch(/browser mode.*Enter the API key again/);

      await relaunched.value('settings:update', { apiKey: API_KEY, pin: PIN });
      await until(
        'a pull with the new key',
        async () => (await relaunched.value('sync:status')).lastPull !== null,
      );
      await expect(relaunched.value('settings:get')).resolves.toMatchObject({ apiKeySet: true });
      await relaunched.station.close();
    } finally {
      await live.close();
    }
  });

  test('the supervisor PIN is stored hashed and needs the current PIN to change', async ({ st, dir }) => {
    await expect(st.value('settings:update', { supervisorPin: { next: PIN } })).resolves.toMatchObject({
      supervisorPinSet: true,
    });
    const without = await st.call('settings:update', { supervisorPin: { next: '1111' } });
    expect(without).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    const wrong = await st.call('settings:update', { supervisorPin: { current: '1112', next: '1111' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    await st.value('settings:update', { supervisorPin: { current: PIN, next: '864200' } });
    expect(JSON.stringify(await st.value('settings:get'))).not.toContain('864200');
    await st.station.close();
    expect(filesContain(dir, '864200')).toEqual([]);
    expect(filesContain(dir, PIN)).toEqual([]);
  });

  test('after five wrong PINs in a row even the right one is refused for a while', async ({ st }) => {
    await st.value('settings:update', { supervisorPin: { next: PIN } });
    for (let i = 0; i < 5; i++) {
      const wrong = await st.call('settings:update', { supervisorPin: { current: '0000', next: '1111' } });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    }
    const locked = await st.call('settings:update', { supervisorPin: { current: PIN, next: '1111' } });
    expect(locked).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(!locked.ok && locked.error.message).toMatch(/Too many wrong supervisor PINs/);
  });
});
