// Which settings need the supervisor PIN: what the station talks to (API, locations, printers) does;
// the operator's own settings (name, sound, language, scanner) do not. Before any PIN is set, a demo
// station may be set up freely, but going live needs a PIN first.
import { describe, expect, onTestFinished } from 'vitest';
import { type AuditRecord, listAudit } from '../../../electron/main/db/audit-log.ts';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { type TestStation, stationTest as test } from './station-fixture.ts';

const PIN = '97531';
const ZEBRA = {
  name: 'Zebra 1',
  kind: 'zpl',
  address: 'tcp://127.0.0.1:9100',
  dpi: 203,
  media: 'label-4x6',
} as const;

async function withPin(st: TestStation): Promise<void> {
  await st.value('settings:update', { supervisorPin: { next: PIN } });
}

function auditOf(dbFile: string): AuditRecord[] {
  const db = openStationDb(dbFile);
  try {
    return listAudit(db, { limit: 200 });
  } finally {
    db.close();
  }
}

describe('station core: the supervisor PIN guards what the station talks to', () => {
  test('locations need the PIN once one is set; name, sound, language and scanner stay free', async ({
    st,
  }) => {
    await withPin(st);
    const noPin = await st.call('settings:update', { locationIds: [1] });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(!noPin.ok && noPin.error.message).toMatch(/needs the supervisor PIN/);
    await expect(st.call('settings:update', { locationIds: [1], pin: '1111' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'wrong-pin' },
    });
    await expect(st.value('settings:get')).resolves.toMatchObject({ locationIds: [] });
    await expect(st.value('settings:update', { locationIds: [1], pin: PIN })).resolves.toMatchObject({
      locationIds: [1],
    });
    await expect(
      st.value('settings:update', {
        operator: 'Ana',
        sound: { enabled: false, volume: 0.1 },
        locale: 'nl',
        scanner: { maxInterKeyMs: 40, minLength: 5, terminator: 'Tab' },
      }),
    ).resolves.toMatchObject({ operator: 'Ana', locale: 'nl' });
  });

  test('without a PIN a demo station is set up freely, but going live needs a PIN first', async ({ st }) => {
    const live = await startSimulator({ seed: 4, orders: 5, apiKey: 'k-live-1' });
    onTestFinished(() => live.close());
    await expect(st.value('settings:update', { locationIds: [2] })).resolves.toMatchObject({
      locationIds: [2],
    });
    const live1 = { apiUrl: live.url, apiKey: 'k-live-1' };
    const refused = await st.call('settings:update', live1);
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /^No supervisor PIN is set on this station\. A supervisor sets one first \(Settings, Supervisor PIN\): changing the Equipme connection, the station's locations, the badge prefix, the packing instruction keys or the update settings needs it\.$/,
    );
    await expect(st.value('station:info')).resolves.toMatchObject({ mode: 'demo' });
    // The first PIN may come with the connection: whoever sets it is the supervisor.
    await expect(
      st.value('settings:update', { ...live1, supervisorPin: { next: PIN } }),
    ).resolves.toMatchObject({ demo: false, supervisorPinSet: true });
    const back = await st.call('settings:update', { apiUrl: null });
    expect(back).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
  });

  test('adding, changing or removing a printer needs the PIN and is audited; defaults, auto-print and ship-from stay free', async ({
    st,
    dbFile,
  }) => {
    // First setup of a demo station: no PIN yet, printers may be added.
    await st.value('printers:save', { upsert: [ZEBRA] });
    await withPin(st);

    const noPin = await st.call('printers:save', { upsert: [{ ...ZEBRA, address: 'tcp://127.0.0.1:9101' }] });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(!noPin.ok && noPin.error.message).toMatch(/needs the supervisor PIN/);
    const removeNoPin = await st.call('printers:save', { remove: ['Zebra 1'] });
    expect(removeNoPin).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    const wrong = await st.call('printers:save', { remove: ['Zebra 1'], pin: '2222' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    const kept = await st.value('printers:list');
    expect(kept.printers.find((p) => p.name === 'Zebra 1')?.address).toBe('tcp://127.0.0.1:9100');

    await st.value('printers:save', { upsert: [{ ...ZEBRA, address: 'tcp://127.0.0.1:9101' }], pin: PIN });
    await st.value('printers:save', { defaults: { label: 'Zebra 1' }, autoPrint: { label: true } });
    await st.value('printers:save', { shipFrom: { name: 'Venlo DC', city: 'Venlo', countryCode: 'NL' } });
    const saved = await st.value('printers:save', { remove: ['Zebra 1'], pin: PIN });
    expect(saved.printers.map((p) => p.name)).not.toContain('Zebra 1');

    const printerChanges = auditOf(dbFile)
      .filter(
        (record) => record.kind === 'settings-changed' && record.detail.changed?.toString() === 'printers',
      )
      .map((record) => record.detail)
      .reverse();
    expect(printerChanges).toEqual([
      { changed: ['printers'], upsert: ['Zebra 1'], remove: [] },
      { changed: ['printers'], upsert: ['Zebra 1'], remove: [] },
      { changed: ['printers'], upsert: [], remove: ['Zebra 1'] },
    ]);
    expect(auditOf(dbFile)).toContainEqual(
      expect.objectContaining({ kind: 'supervisor-pin-refused', detail: { purpose: 'change-printers' } }),
    );
  });
});
