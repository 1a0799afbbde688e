// Equipme's own switch and poll interval: on and every 5 minutes unless a supervisor changed them,
// within bounds checked at the IPC gate and again when read back, guarded by the PIN, audited.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb, type StationDb } from '../../../electron/main/db/connection.ts';
import { readSettings, writeSettings } from '../../../electron/main/db/settings.ts';
import { createSessionSecretBox } from '../../../electron/main/station/secret-box.ts';
import { createSettingsStore } from '../../../electron/main/station/settings-store.ts';
import { storedEquipme } from '../../../electron/main/sync/equipme-settings.ts';
import { INVOKE_ARGS_SCHEMAS } from '../../../shared/ipc/schemas.ts';

const PIN = '97531';

const open: StationDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A settings store on a fresh database; `stored` is written first, as an earlier run left it. */
function station(stored: Record<string, unknown> = {}) {
  const db = openStationDb(join(mkdtempSync(join(tmpdir(), 'ps-equipme-')), 'station.db'));
  open.push(db);
  if (Object.keys(stored).length > 0) writeSettings(db, stored, new Date());
  const store = createSettingsStore({
    db,
    stationId: 'test',
    secretBox: createSessionSecretBox(),
    shell: 'browser',
    now: () => new Date(),
    sourceProbe: async () => null,
  });
  return { db, store };
}

const messageOf = (result: { ok: boolean; error?: { message: string } }) =>
  result.ok ? '' : (result.error?.message ?? '');

describe('Equipme on or off, and its poll interval', () => {
  it('is on and pulled every 5 minutes on a station that never set it', () => {
    const { db, store } = station();
    expect(store.view().equipme).toEqual({ enabled: true, pollIntervalSeconds: 300 });
    expect(store.current().equipme).toEqual({ enabled: true, pollIntervalSeconds: 300 });
    expect(storedEquipme(readSettings(db))).toEqual({ enabled: true, pollIntervalSeconds: 300 });
  });

  it('takes whole seconds from 30 to 3600 at the IPC gate, and only those two fields', () => {
    const schema = INVOKE_ARGS_SCHEMAS['settings:update'];
    for (const pollIntervalSeconds of [30, 300, 3_600]) {
      expect(schema.safeParse({ equipme: { pollIntervalSeconds } }).success).toBe(true);
    }
    for (const pollIntervalSeconds of [29, 3_601, 60.5, -1, '300']) {
      expect(
        schema.safeParse({ equipme: { pollIntervalSeconds } }).success,
        String(pollIntervalSeconds),
      ).toBe(false);
    }
    expect(schema.safeParse({ equipme: { enabled: 'no' } }).success).toBe(false);
    expect(schema.safeParse({ equipme: { enabled: false, url: 'https://x.example' } }).success).toBe(false);
  });

  it('reads a stored value out of bounds, or of another shape, as the default', () => {
    for (const stored of [
      { enabled: false, pollIntervalSeconds: 5 },
      { enabled: 'off', pollIntervalSeconds: 300 },
      'off',
    ]) {
      const { store } = station({ equipme: stored });
      expect(store.view().equipme, JSON.stringify(stored)).toEqual({
        enabled: true,
        pollIntervalSeconds: 300,
      });
    }
    const { store } = station({ equipme: { enabled: false, pollIntervalSeconds: 120 } });
    expect(store.view().equipme).toEqual({ enabled: false, pollIntervalSeconds: 120 });
  });

  it('is the supervisor’s: without the PIN or with a wrong one nothing changes, with it the change is stored', async () => {
    const { db, store } = station();
    await store.update({ supervisorPin: { next: PIN } });

    const noPin = await store.update({ equipme: { enabled: false } });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(messageOf(noPin)).toMatch(/needs the supervisor PIN/);
    const wrongPin = await store.update({ equipme: { enabled: false }, pin: '11111' });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(store.view().equipme.enabled).toBe(true);
    expect(readSettings(db).has('equipme')).toBe(false);

    expect(await store.update({ equipme: { enabled: false }, pin: PIN })).toEqual({
      ok: true,
      value: { apiChanged: false },
    });
    expect(store.view().equipme).toEqual({ enabled: false, pollIntervalSeconds: 300 });
    // Only the field given changes; the other keeps its value.
    await store.update({ equipme: { pollIntervalSeconds: 90 }, pin: PIN });
    expect(store.view().equipme).toEqual({ enabled: false, pollIntervalSeconds: 90 });
    expect(storedEquipme(readSettings(db))).toEqual({ enabled: false, pollIntervalSeconds: 90 });
  });

  it('on a live station without a PIN, is refused until a supervisor sets one', async () => {
    const { store } = station({ apiUrl: 'https://api.equipme.example/v1' });
    const refused = await store.update({ equipme: { enabled: false } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(messageOf(refused)).toMatch(/No supervisor PIN is set on this station/);
    expect(store.view().equipme.enabled).toBe(true);
  });

  it('lets a demo station without a PIN switch it off, as its first setup', async () => {
    const { store } = station();
    expect(await store.update({ equipme: { enabled: false } })).toMatchObject({ ok: true });
    expect(store.view().equipme.enabled).toBe(false);
  });

  it('audits each change with what it was and what it became; a change to the same values is none', async () => {
    const { db, store } = station();
    await store.update({ supervisorPin: { next: PIN } });
    await store.update({ equipme: { enabled: false, pollIntervalSeconds: 600 }, pin: PIN });
    await store.update({ equipme: { enabled: false, pollIntervalSeconds: 600 }, pin: PIN });
    await store.update({ equipme: { enabled: true }, pin: PIN });

    const changes = listAudit(db, { kind: 'settings-changed', limit: 10 })
      .map((record) => record.detail)
      .filter((detail) => detail !== null && 'equipme' in detail);
    expect(changes).toHaveLength(2);
    expect(changes).toEqual(
      expect.arrayContaining([
        {
          changed: ['equipme'],
          equipme: {
            from: { enabled: true, pollIntervalSeconds: 300 },
            to: { enabled: false, pollIntervalSeconds: 600 },
          },
        },
        {
          changed: ['equipme'],
          equipme: {
            from: { enabled: false, pollIntervalSeconds: 600 },
            to: { enabled: true, pollIntervalSeconds: 600 },
          },
        },
      ]),
    );
  });
});
