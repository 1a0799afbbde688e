// A shop's settings are the supervisor's: its password or token is sealed, bound to the URL's
// origin, never shown or audited, and a live connection is tried before anything is stored.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb, type StationDb } from '../../../electron/main/db/connection.ts';
import { readSettings } from '../../../electron/main/db/settings.ts';
import { createSessionSecretBox, type SecretBox } from '../../../electron/main/station/secret-box.ts';
import { createSettingsStore } from '../../../electron/main/station/settings-store.ts';
import type { SourceProbe } from '../../../electron/main/station/source-settings.ts';

const PIN = '97531';
const TOKEN = 'emporix-token-5f1c9a7e3b';
const PASSWORD = 'm4rket-Pa55!';

const open: StationDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function station(options: { file?: string; secretBox?: SecretBox; answer?: string | null } = {}) {
  const file = options.file ?? join(mkdtempSync(join(tmpdir(), 'ps-sources-')), 'station.db');
  const db = openStationDb(file);
  open.push(db);
  const tried: Parameters<SourceProbe>[] = [];
  const probe: SourceProbe = async (...args) => {
    tried.push(args);
    return options.answer ?? null;
  };
  const secretBox = options.secretBox ?? createSessionSecretBox();
  const store = createSettingsStore({
    db,
    stationId: 'test',
    secretBox,
    shell: 'browser',
    now: () => new Date(),
    sourceProbe: probe,
  });
  return { db, file, store, tried, secretBox };
}

const messageOf = (result: { ok: boolean; error?: { message: string } }) =>
  result.ok ? '' : (result.error?.message ?? '');

describe('order source settings', () => {
  it('starts with both shops off, on their built-in simulators, with nothing saved', () => {
    const { store } = station();
    expect(store.view().sources).toEqual([
      {
        source: 'marketplace',
        enabled: false,
        url: null,
        account: '',
        credentialSet: false,
        credentialProblem: null,
        pollIntervalSeconds: 60,
      },
      {
        source: 'emporix',
        enabled: false,
        url: null,
        account: '',
        credentialSet: false,
        credentialProblem: null,
        pollIntervalSeconds: 60,
      },
    ]);
  });

  it('lets a demo station without a PIN switch a simulator on, but nothing live', async () => {
    const { store, tried } = station();
    expect(await store.updateSource({ source: 'marketplace', enabled: true })).toEqual({
      ok: true,
      value: { changed: true },
    });
    expect(store.view().sources[0]?.enabled).toBe(true);
    const live = await store.updateSource({
      source: 'emporix',
      url: 'https://api.emporix.io',
      account: 'acme',
      credential: TOKEN,
      enabled: true,
    });
    expect(live).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(messageOf(live)).toMatch(/No supervisor PIN is set/);
    expect(tried).toEqual([]);
  });

  it('tries a live connection with the very URL, account and token, then keeps the token sealed', async () => {
    const { db, store, tried } = station();
    await store.update({ supervisorPin: { next: PIN } });
    const change = {
      source: 'emporix',
      url: 'https://api.emporix.io',
      account: 'acme-shop',
      credential: TOKEN,
      enabled: true,
      pollIntervalSeconds: 120,
    } as const;
    const noPin = await store.updateSource(change);
    expect(messageOf(noPin)).toMatch(/needs the supervisor PIN/);
    const wrongPin = await store.updateSource({ ...change, pin: '11111' });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(tried).toEqual([]);

    expect(await store.updateSource({ ...change, pin: PIN })).toMatchObject({ ok: true });
    expect(tried).toEqual([
      ['emporix', { url: 'https://api.emporix.io', account: 'acme-shop', secret: TOKEN }],
    ]);
    expect(store.view().sources[1]).toEqual({
      source: 'emporix',
      enabled: true,
      url: 'https://api.emporix.io',
      account: 'acme-shop',
      credentialSet: true,
      credentialProblem: null,
      pollIntervalSeconds: 120,
    });
    expect(store.sources.connection('emporix').credentialRead).toEqual({ state: 'readable', key: TOKEN });
    // Neither the settings table, the view nor the audit holds the token in the clear.
    expect(JSON.stringify([...readSettings(db)])).not.toContain(TOKEN);
    expect(JSON.stringify(store.view())).not.toContain(TOKEN);
    const audit = listAudit(db, { kind: 'settings-changed', limit: 10 });
    expect(JSON.stringify(audit)).not.toContain(TOKEN);
    expect(audit[0]?.detail).toMatchObject({
      source: 'emporix',
      changed: ['credential', 'enabled', 'pollIntervalSeconds', 'url', 'account'].sort(),
    });
  });

  it("stores nothing when the shop refuses, and says the shop's words", async () => {
    const { store, tried } = station({ answer: 'The marketplace rejected the login.' });
    await store.update({ supervisorPin: { next: PIN } });
    const refused = await store.updateSource({
      source: 'marketplace',
      url: 'https://shop.example',
      account: 'packer@example.com',
      credential: PASSWORD,
      enabled: true,
      pin: PIN,
    });
    expect(messageOf(refused)).toBe(
      'The connection was not saved; the station stays with the built-in marketplace simulator. The marketplace rejected the login.',
    );
    expect(tried).toHaveLength(1);
    expect(store.view().sources[0]).toMatchObject({ enabled: false, url: null, credentialSet: false });
  });

  it('sends a saved password only to its own origin, and only over https beyond this computer', async () => {
    const { store, tried } = station();
    await store.update({ supervisorPin: { next: PIN } });
    const plain = await store.updateSource({
      source: 'marketplace',
      url: 'http://shop.example',
      account: 'packer',
      credential: PASSWORD,
      pin: PIN,
    });
    expect(messageOf(plain)).toMatch(/must start with https:\/\/: the marketplace password must not travel/);
    expect(
      await store.updateSource({
        source: 'marketplace',
        url: 'https://shop.example/api',
        account: 'packer',
        credential: PASSWORD,
        enabled: true,
        pin: PIN,
      }),
    ).toMatchObject({ ok: true });
    const moved = await store.updateSource({ source: 'marketplace', url: 'https://other.example', pin: PIN });
    expect(messageOf(moved)).toBe(
      'The saved marketplace password belongs to https://shop.example, and the station never sends it to another address. Enter the marketplace password for https://other.example together with the new URL.',
    );
    // The same origin keeps the saved password, and is tried with it.
    expect(
      await store.updateSource({ source: 'marketplace', url: 'https://shop.example/v2', pin: PIN }),
    ).toMatchObject({ ok: true });
    expect(tried.at(-1)).toEqual([
      'marketplace',
      { url: 'https://shop.example/v2', account: 'packer', secret: PASSWORD },
    ]);
    const noAddress = await store.updateSource({
      source: 'marketplace',
      url: null,
      credential: 'x',
      pin: PIN,
    });
    expect(messageOf(noAddress)).toMatch(/Enter the marketplace URL together with the marketplace password/);
  });

  it('tries the saved connection again when a live source is switched back on', async () => {
    const { store, tried } = station();
    await store.update({ supervisorPin: { next: PIN } });
    const base = { source: 'emporix', pin: PIN } as const;
    await store.updateSource({ ...base, url: 'https://api.emporix.io', account: 'acme', credential: TOKEN });
    // Off: stored after the URL and token checks, but not tried.
    expect(tried).toEqual([]);
    expect(await store.updateSource({ ...base, enabled: true })).toMatchObject({ ok: true });
    expect(tried).toEqual([['emporix', { url: 'https://api.emporix.io', account: 'acme', secret: TOKEN }]]);
    const noAccount = await store.updateSource({ ...base, account: '' });
    expect(messageOf(noAccount)).toBe('Enter the Emporix tenant: the station signs in with it.');
  });

  it('reads the settings back after a restart, and asks again for a token it cannot decrypt', async () => {
    const first = station();
    await first.store.update({ supervisorPin: { next: PIN } });
    await first.store.updateSource({
      source: 'emporix',
      url: 'https://api.emporix.io',
      account: 'acme',
      credential: TOKEN,
      enabled: true,
      pin: PIN,
    });
    const same = station({ file: first.file, secretBox: first.secretBox });
    expect(same.store.view().sources[1]).toMatchObject({
      enabled: true,
      account: 'acme',
      credentialSet: true,
    });
    const otherKey = station({ file: first.file });
    expect(otherKey.store.view().sources[1]).toMatchObject({
      enabled: true,
      credentialSet: false,
      credentialProblem: expect.stringMatching(/saved Emporix token cannot be read.*Enter it again/),
    });
  });
});
