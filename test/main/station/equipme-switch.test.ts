// Equipme switched off and on through the IPC gate, as Settings does it, on a live station: off, the
// station asks Equipme nothing (not even on Sync now), a step is still taken and waits, the cached
// orders stay in the queue, and the status says so; on again, the step is sent without a restart.
import { describe, expect, onTestFinished } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { writeSettings } from '../../../electron/main/db/settings.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { startRecordingApi } from './recording-api.ts';
import { startTestStation, stationTest as test, until } from './station-fixture.ts';

const API_KEY = 'sk-live-0c4e2a9b7d1f3568ee';
const PIN = '97531';
const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 50 } as const;

describe('station core: Equipme switched off in Settings', () => {
  test('off: nothing asked or sent, the step waits and the queue stays; on: it is sent', async ({
    st,
    dbFile,
  }) => {
    const live = await startSimulator({ seed: 9, orders: 20, apiKey: API_KEY });
    onTestFinished(() => live.close());
    // Every request the station makes to Equipme passes here.
    const api = await startRecordingApi({ forwardTo: live.url });
    onTestFinished(() => api.close());

    await st.value('settings:update', { supervisorPin: { next: PIN } });
    await st.value('settings:update', { apiUrl: api.url, apiKey: API_KEY, pin: PIN, operator: 'Ana' });
    await until('the live pull', async () => (await st.value('sync:status')).lastPull !== null);

    const refused = await st.call('settings:update', { equipme: { enabled: false } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    const out = await st.callRaw('settings:update', {
      equipme: { enabled: false, pollIntervalSeconds: 5 },
      pin: PIN,
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    const view = await st.value('settings:update', { equipme: { enabled: false }, pin: PIN });
    expect(view.equipme).toEqual({ enabled: false, pollIntervalSeconds: 300 });
    const asked = api.arrived.length;

    // The cached Equipme orders stay in the queue, and a step is taken as ever.
    const { rows } = await st.value('orders:query', { ...QUERY, statuses: ['new'], source: 'equipme' });
    const orderId = rows[0]?.id;
    if (orderId === undefined) throw new Error('no new order in the live data');
    const entry = await st.value('transitions:enqueue', { orderId, action: 'process', seenStatus: 'new' });
    expect(entry).toMatchObject({ orderId, state: 'pending' });

    const status = await st.value('sync:now');
    expect(status).toMatchObject({ switchedOff: true, counts: { pending: 1, sending: 0, applied: 0 } });
    expect(api.arrived).toHaveLength(asked);
    expect(live.transitions()).toEqual([]);
    await expect(st.value('orders:get', { orderId })).resolves.toMatchObject({
      effectiveStatus: 'inprocess',
      entries: [{ id: entry.id, state: 'pending' }],
    });
    expect(st.events).toContainEqual({
      event: 'sync:status',
      payload: expect.objectContaining({ switchedOff: true }),
    });

    await st.value('settings:update', { equipme: { enabled: true }, pin: PIN });
    await until('the waiting step to be applied', async () => {
      const [sent] = (await st.value('orders:get', { orderId })).entries;
      return sent?.state === 'applied';
    });
    expect(live.transitions()).toMatchObject([{ orderId, action: 'process' }]);
    expect((await st.value('sync:status')).switchedOff).toBe(false);

    const db = openStationDb(dbFile);
    try {
      const switched = listAudit(db, { kind: 'settings-changed', limit: 20 }).filter(
        (record) => record.detail !== null && 'equipme' in record.detail,
      );
      expect(switched.map((record) => record.operator)).toEqual(['Ana', 'Ana']);
    } finally {
      db.close();
    }
  });

  test('a demo station that packs for the shops only: started with Equipme off, the shops are pulled', async ({
    dir,
  }) => {
    const file = `${dir}/shops-only.db`;
    const db = openStationDb(file);
    writeSettings(db, { equipme: { enabled: false, pollIntervalSeconds: 300 } }, new Date());
    db.close();
    const st = await startTestStation(file, { waitForPull: false });
    onTestFinished(() => st.station.close());

    await until('both demo shops pulled', async () => {
      const { shops } = await st.value('sync:status');
      return shops?.every((shop) => shop.state === 'ok' && shop.lastPull !== null) === true;
    });
    const rows = await st.value('orders:query', { ...QUERY, source: 'marketplace' });
    expect(rows.total).toBeGreaterThan(0);
    await st.value('sync:now');
    expect(await st.value('sync:status')).toMatchObject({ switchedOff: true, lastPull: null });
    expect((await st.value('settings:get')).equipme).toEqual({ enabled: false, pollIntervalSeconds: 300 });
  });
});
