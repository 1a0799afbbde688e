// The API key goes only where the supervisor sends it: a new origin needs the PIN and the key typed
// again, https except to this computer, and a connection is tested before anything is stored.
import { describe, expect, onTestFinished } from 'vitest';
import { type AuditRecord, listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { probeShop } from '../../../electron/main/sources/shop-connection.ts';
import { createSessionSecretBox } from '../../../electron/main/station/index.ts';
import { createSettingsStore } from '../../../electron/main/station/settings-store.ts';
import { deadApiUrl, type RecordingAnswer, startRecordingApi } from './recording-api.ts';
import { type TestStation, stationTest as test } from './station-fixture.ts';

const API_KEY = 'sk-live-7f3a9c1e5b2d4680aa';
const PIN = '97531';
const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 1 } as const;

async function liveApi() {
  const live = await startSimulator({ seed: 7, orders: 12, apiKey: API_KEY });
  onTestFinished(() => live.close());
  return live;
}

async function otherApi(answer: RecordingAnswer) {
  const api = await startRecordingApi(answer);
  onTestFinished(() => api.close());
  return api;
}

const HTML = { status: 200, contentType: 'text/html', body: '<html><h1>Log in to Guest Wi-Fi</h1></html>' };
const KEY_REJECTED = {
  status: 401,
  contentType: 'application/json',
  body: '{"errorCode":"unauthorized","errorDescription":"Invalid API key"}',
};

async function withPin(st: TestStation): Promise<void> {
  await st.value('settings:update', { supervisorPin: { next: PIN } });
}

function messageOf(response: { ok: boolean; error?: { message: string } }): string {
  return response.ok ? '' : (response.error?.message ?? '');
}

function auditOf(dbFile: string): AuditRecord[] {
  const db = openStationDb(dbFile);
  try {
    return listAudit(db, { limit: 200 });
  } finally {
    db.close();
  }
}

describe('station core: where the API key goes', () => {
  test('the key saved for one origin never goes to another: the URL alone is refused, in words', async ({
    st,
  }) => {
    await withPin(st);
    const live = await liveApi();
    await st.value('settings:update', { apiUrl: live.url, apiKey: API_KEY, pin: PIN });
    const other = await otherApi(KEY_REJECTED);

    const urlOnly = await st.call('settings:update', { apiUrl: other.url, pin: PIN });
    expect(urlOnly).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(messageOf(urlOnly)).toContain(`The saved API key belongs to ${new URL(live.url).origin}`);
    expect(messageOf(urlOnly)).toMatch(
      /never sends it to another address\. Enter the API key for http:\/\/127/,
    );
    expect(other.arrived).toEqual([]);

    // With a key of its own, the new host sees that key and nothing else.
    const ownKey = await st.call('settings:update', { apiUrl: other.url, apiKey: 'key-for-b', pin: PIN });
    expect(ownKey).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(other.arrived.map((request) => request.apiKey)).toEqual(['key-for-b']);
    await expect(st.value('settings:get')).resolves.toMatchObject({ apiUrl: live.url, apiKeySet: true });
    await expect(st.value('station:info')).resolves.toMatchObject({ mode: 'live', apiUrl: live.url });
  });

  test('another origin needs the supervisor PIN: without it or with a wrong one nothing is sent', async ({
    st,
    dbFile,
  }) => {
    await withPin(st);
    const live = await liveApi();
    const other = await otherApi({ forwardTo: live.url });

    const noPin = await st.call('settings:update', { apiUrl: other.url, apiKey: API_KEY });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(messageOf(noPin)).toMatch(/needs the supervisor PIN/);
    const wrongPin = await st.call('settings:update', { apiUrl: other.url, apiKey: API_KEY, pin: '0000' });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(other.arrived).toEqual([]);
    expect(auditOf(dbFile)).toContainEqual(
      expect.objectContaining({ kind: 'supervisor-pin-refused', detail: { purpose: 'change-settings' } }),
    );

    await st.value('settings:update', { apiUrl: other.url, apiKey: API_KEY, pin: PIN });
    expect(other.arrived[0]).toMatchObject({ apiKey: API_KEY, path: expect.stringMatching(/limit=1/) });
  });

  test('another path on the same origin keeps the key (still with the PIN)', async ({ st }) => {
    await withPin(st);
    const live = await liveApi();
    const api = await otherApi({ forwardTo: live.url });
    await st.value('settings:update', { apiUrl: api.url, apiKey: API_KEY, pin: PIN });

    const noPin = await st.call('settings:update', { apiUrl: `${api.url}equipme/` });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    await expect(
      st.value('settings:update', { apiUrl: `${api.url}equipme/`, pin: PIN }),
    ).resolves.toMatchObject({ apiUrl: `${api.url}equipme/`, apiKeySet: true });
    const underPrefix = api.arrived.filter((request) => request.path.startsWith('/equipme/v1/'));
    expect(underPrefix.length).toBeGreaterThan(0);
    expect(underPrefix.every((request) => request.apiKey === API_KEY)).toBe(true);
  });

  test('plain http is refused except to this computer, by the gate and by the settings store', async ({
    st,
    dir,
  }) => {
    await withPin(st);
    for (const apiUrl of [
      'http://api.equipme.example',
      'http://10.0.0.5:8080/equipme',
      'http://127.example/',
    ]) {
      const refused = await st.call('settings:update', { apiUrl, apiKey: API_KEY, pin: PIN });
      expect(refused, apiUrl).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(messageOf(refused)).toMatch(/must start with https:\/\//);
    }
    // Loopback may be plain http; nothing listens on that port, so the connection test says so.
    const { port } = new URL(await deadApiUrl());
    for (const host of ['127.0.0.2', '[::1]', 'localhost']) {
      const apiUrl = `http://${host}:${port}/`;
      const unreachable = await st.call('settings:update', { apiUrl, apiKey: API_KEY, pin: PIN });
      expect(unreachable, apiUrl).toMatchObject({ ok: false, error: { code: 'rejected' } });
      expect(messageOf(unreachable)).toMatch(/cannot reach the Equipme API/);
    }

    // The store holds the same rule for callers that skip the gate (the CLI, a future channel).
    const db = openStationDb(`${dir}/store.db`);
    onTestFinished(() => {
      db.close();
    });
    const store = createSettingsStore({
      db,
      stationId: 'test',
      secretBox: createSessionSecretBox(),
      shell: 'browser',
      now: () => new Date(),
      sourceProbe: probeShop,
    });
    await store.update({ supervisorPin: { next: PIN } });
    const direct = await store.update({ apiUrl: 'http://api.equipme.example', apiKey: API_KEY, pin: PIN });
    expect(direct).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!direct.ok && direct.error.message).toMatch(/https/);
    expect(store.current().apiUrl).toBeNull();
  });

  test('garbage for the URL, the key or the PIN is refused at the gate, before anything is sent', async ({
    st,
  }) => {
    await withPin(st);
    const live = await liveApi();
    const garbage: unknown[] = [
      { apiUrl: 'javascript:alert(1)', apiKey: API_KEY, pin: PIN },
      { apiUrl: `https://api.equipme.example/${'a'.repeat(5_000)}`, apiKey: API_KEY, pin: PIN },
      { apiUrl: live.url, apiKey: `${API_KEY}\r\nX-Evil: 1`, pin: PIN },
      { apiUrl: live.url, apiKey: 'k'.repeat(501), pin: PIN },
      { apiUrl: live.url, apiKey: API_KEY, pin: '<b>1234</b>' },
      { apiUrl: live.url, apiKey: API_KEY, pin: 2468 },
      { upsert: [], pin: PIN },
    ];
    for (const args of garbage) {
      await expect(st.callRaw('settings:update', args)).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
    await expect(st.value('settings:get')).resolves.toMatchObject({ apiUrl: null, apiKeySet: false });
  });

  test('saving tests the connection first: each failure says what failed, and the cached orders stay', async ({
    st,
    dbFile,
  }) => {
    await withPin(st);
    const { total: before } = await st.value('orders:query', QUERY);
    expect(before).toBeGreaterThan(0);
    const portal = await otherApi(HTML);
    const rejecting = await otherApi(KEY_REJECTED);
    const cases: [string, RegExp][] = [
      [await deadApiUrl(), /cannot reach the Equipme API \(connection refused\)/],
      [rejecting.url, /rejected the station's API key/],
      [portal.url, /Wi-Fi login page or proxy/],
      // https to a server that speaks plain http: the TLS handshake fails.
      [portal.url.replace('http:', 'https:'), /Equipme API/],
    ];
    for (const [apiUrl, words] of cases) {
      const refused = await st.call('settings:update', { apiUrl, apiKey: API_KEY, pin: PIN });
      expect(refused, apiUrl).toMatchObject({ ok: false, error: { code: 'rejected' } });
      expect(messageOf(refused)).toMatch(/^The connection was not saved/);
      expect(messageOf(refused)).toMatch(words);
    }
    await expect(st.value('settings:get')).resolves.toMatchObject({
      apiUrl: null,
      demo: true,
      apiKeySet: false,
    });
    await expect(st.value('station:info')).resolves.toMatchObject({ mode: 'demo' });
    await expect(st.value('orders:query', QUERY)).resolves.toMatchObject({ total: before });
    const changes = auditOf(dbFile).filter(
      (record) => record.kind === 'settings-changed' && record.detail.demo !== true,
    );
    expect(changes.map((record) => record.detail.changed)).toEqual([['supervisorPin']]);
  });

  test('the audit log has the old and the new URL of every switch, never the key', async ({ st, dbFile }) => {
    await withPin(st);
    const live = await liveApi();
    const other = await otherApi({ forwardTo: live.url });
    // A key pasted into the URL by mistake: the URL is kept, the key in it is not written down.
    const withKeyInQuery = `${other.url}?token=${API_KEY}`;
    await st.value('settings:update', { apiUrl: live.url, apiKey: API_KEY, pin: PIN });
    await st.value('settings:update', { apiUrl: withKeyInQuery, apiKey: API_KEY, pin: PIN });
    await st.value('settings:update', { apiUrl: null, pin: PIN });

    const audit = auditOf(dbFile);
    const switches = audit
      .filter((record) => record.kind === 'settings-changed' && 'apiUrl' in record.detail)
      .map((record) => record.detail.apiUrl)
      .reverse();
    expect(switches).toEqual([
      { from: null, to: live.url },
      { from: live.url, to: `${other.url}?token=[api key]` },
      { from: `${other.url}?token=[api key]`, to: null },
    ]);
    expect(JSON.stringify(audit)).not.toContain(API_KEY);
  });
});
