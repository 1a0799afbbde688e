// The support zip holds what support needs and none of the station's secrets: not in the clear, not
// sealed, not hashed, not in base64, not even when a log line quoted one.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, onTestFinished } from 'vitest';
import { openStationDb } from '../../../electron/main/db/connection.ts';
import { readSettings } from '../../../electron/main/db/settings.ts';
import { startSimulator } from '../../../electron/main/simulator/index.ts';
import { createSessionSecretBox, type SecretBox } from '../../../electron/main/station/index.ts';
import { createSettingsStore } from '../../../electron/main/station/settings-store.ts';
import { station } from '../../fixtures/cli.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';
import { startTestStation } from '../station/station-fixture.ts';

const API_KEY = 'sk-live-7f3a9c1e5b2d4680aa';
const PIN = '97531864';
const PASSWORD = 'm4rket-Pa55!word';
const TOKEN = 'emporix-token-5f1c9a7e3b';
const SECRETS = [API_KEY, PIN, PASSWORD, TOKEN];

const ZIP_FILES = [
  'about.json',
  'backups.json',
  'disagreements.json',
  'logs.txt',
  'outbox.json',
  'printers.json',
  'quick_check.txt',
  'settings.json',
  'sync-history.json',
];

/** A live station database: the API key, both shops' secrets and a supervisor PIN set. */
async function stationWithSecrets(dbFile: string, secretBox: SecretBox): Promise<string> {
  const live = await startSimulator({ seed: 7, orders: 12, apiKey: API_KEY });
  onTestFinished(() => live.close());
  const db = openStationDb(dbFile);
  try {
    const store = createSettingsStore({
      db,
      stationId: 'test',
      secretBox,
      shell: 'browser',
      now: () => new Date(),
      sourceProbe: async () => null,
    });
    const steps = [
      await store.update({ supervisorPin: { next: PIN } }),
      await store.update({ apiUrl: live.url, apiKey: API_KEY, pin: PIN }),
      await store.updateSource({
        source: 'marketplace',
        url: 'https://shop.example',
        account: 'packer@example.com',
        credential: PASSWORD,
        pin: PIN,
      }),
      await store.updateSource({
        source: 'emporix',
        url: 'https://api.emporix.io',
        account: 'acme',
        credential: TOKEN,
        pin: PIN,
      }),
    ];
    for (const step of steps) if (!step.ok) throw new Error(step.error.message);
  } finally {
    db.close();
  }
  // A careless log line: the zip's last net takes the key out of it.
  mkdirSync(join(dirname(dbFile), 'logs'));
  writeFileSync(
    join(dirname(dbFile), 'logs', 'station.1.log'),
    `older line\nsent X-API-KEY ${API_KEY} by mistake\n`,
  );
  writeFileSync(join(dirname(dbFile), 'logs', 'station.log'), 'newest line\n');
  return live.url;
}

/** Every form a secret could take in a file: as typed, in base64, and as the database stores it. */
function forbiddenForms(dbFile: string): string[] {
  const db = openStationDb(dbFile);
  const stored: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (['sealed', 'salt', 'hash'].includes(key) && typeof inner === 'string') stored.push(inner);
        else collect(inner);
      }
    }
  };
  for (const value of readSettings(db).values()) collect(value);
  db.close();
  expect(stored).toHaveLength(5);
  return [
    ...SECRETS,
    ...SECRETS.map((s) => Buffer.from(s).toString('base64')),
    ...SECRETS.map((s) => Buffer.from(s).toString('base64url')),
    ...SECRETS.map((s) => Buffer.from(s).toString('hex')),
    ...stored,
  ];
}

function unzipped(file: string): Record<string, string> {
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

function expectNoSecrets(files: Record<string, string>, forms: readonly string[]): void {
  for (const [name, text] of Object.entries(files)) {
    for (const form of forms) {
      if (text.includes(form)) expect.fail(`${name} holds a secret (${form.slice(0, 6)}…)`);
    }
  }
}

describe('the support zip', () => {
  test('from the Settings button: every part, no secret', async ({ dbFile }) => {
    const secretBox = createSessionSecretBox();
    const apiUrl = await stationWithSecrets(dbFile, secretBox);
    const st = await startTestStation(dbFile, { secretBox });
    onTestFinished(() => st.station.close());
    const { file } = await st.value('station:diagnostics');
    expect(file).toMatch(/\/diagnostics\/diagnostics-\d{4}-\d\d-\d\dT[\d-]+Z\.zip$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(file)).mode & 0o777).toBe(0o700);

    const files = unzipped(file);
    expect(Object.keys(files).sort()).toEqual(ZIP_FILES);
    expectNoSecrets(files, forbiddenForms(dbFile));

    const about = JSON.parse(files['about.json'] ?? '');
    expect(about).toMatchObject({ appVersion: '0.1.0-test', platform: process.platform, arch: process.arch });
    expect(files['quick_check.txt']).toBe('ok\n');
    const settings = JSON.parse(files['settings.json'] ?? '').settings;
    expect(settings.apiUrl).toBe(new URL(apiUrl).toString());
    expect(settings.apiKey).toEqual({ set: true, origin: `${new URL(apiUrl).origin}/` });
    expect(settings.supervisorPin).toEqual({ set: true });
    expect(settings['source.emporix']).toMatchObject({ account: 'acme', credential: { set: true } });
    // The newest log last; the key a log line quoted is cut out, the line kept.
    expect(files['logs.txt']).toMatch(
      /older line\nsent X-API-KEY \[secret removed\] by mistake\n.*\nnewest line\n$/s,
    );
    const history = JSON.parse(files['sync-history.json'] ?? '');
    expect(history.status.role).toBe('draining');
    expect(history.changesThisRun.length).toBeGreaterThan(0);
    expect(history.audit.map((row: { kind: string }) => row.kind)).toContain('pull-completed');
    expect(JSON.parse(files['printers.json'] ?? '').printers.length).toBeGreaterThan(0);
  });

  test('from the command line: the same parts, no secret', async ({ dbDir, dbFile }) => {
    await stationWithSecrets(dbFile, createSessionSecretBox());
    // The command line cannot open the sealed key: no log line may quote one there.
    writeFileSync(join(dbDir, 'logs', 'station.1.log'), 'older line\n');
    const zip = join(dbDir, 'support.zip');
    const run = await station(['diagnostics', '--zip', zip, '--db', dbFile]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Support zip written: ${zip}`);
    const files = unzipped(zip);
    expect(Object.keys(files).sort()).toEqual(ZIP_FILES);
    expectNoSecrets(files, forbiddenForms(dbFile));
    expect(JSON.parse(files['sync-history.json'] ?? '').status).toBeNull();
  });

  test('says so when there are no log files', async ({ db, dbDir, dbFile }) => {
    db.close();
    const zip = join(dbDir, 'support.zip');
    expect((await station(['diagnostics', '--zip', zip, '--db', dbFile])).code).toBe(0);
    expect(unzipped(zip)['logs.txt']).toMatch(/^no log files in .*logs\n$/);
  });
});
