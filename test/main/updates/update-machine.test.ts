// The real electron-updater (generic provider) under plain Node against a local update server,
// driven by the station's update machine and install policy.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { PackingNow } from '../../../electron/main/updates/install-policy.ts';
import { electronUpdaterFeed } from '../../../electron/main/updates/update-feed.ts';
import {
  createUpdateMachine,
  type UpdateMachine,
  type UpdateSettings,
} from '../../../electron/main/updates/update-machine.ts';
import type { UpdateView } from '../../../shared/ipc/updates.ts';
import {
  type NodeUpdater,
  nodeUpdater,
  startUpdateServer,
  type UpdateServer,
} from '../../fixtures/update-server.ts';

const INSTALLER = Buffer.from('packing station 1.1.0 installer bytes '.repeat(200));

let server: UpdateServer;
let node: NodeUpdater;
let machine: UpdateMachine;
let clock: Date;
let settings: UpdateSettings;
let packing: PackingNow;
let installs: number;
let views: UpdateView[];

function start(version = '1.0.0'): void {
  node = nodeUpdater(server.url, version);
  installs = 0;
  // The installer itself (dpkg under sudo) is not run in a test: counted instead.
  vi.spyOn(node.updater, 'quitAndInstall').mockImplementation(() => {
    installs++;
  });
  machine = createUpdateMachine({
    feed: electronUpdaterFeed(node.updater),
    currentVersion: version,
    settings: () => settings,
    packing: () => packing,
    now: () => clock,
    random: () => 0.5,
    onChange: (view) => views.push(view),
  });
}

beforeEach(async () => {
  server = await startUpdateServer();
  clock = new Date(2026, 11, 2, 14, 0, 0); // 14:00 on this computer's clock
  settings = { channel: 'stable', quietHour: 3 };
  packing = { orderOpen: false, sending: 0 };
  views = [];
});

afterEach(async () => {
  vi.restoreAllMocks();
  node?.dispose();
  await server.close();
});

describe('checking the feed', () => {
  test('a newer version is found, downloaded with its sha512 checked, and offered', async () => {
    server.publish('latest', { version: '1.1.0', body: INSTALLER });
    start('1.0.0');
    await machine.tick();

    expect(machine.view()).toMatchObject({ phase: 'ready', version: '1.1.0', offer: true, problem: null });
    expect(views.map((v) => v.phase)).toEqual(['checking', 'downloading', 'ready']);
    expect(server.requests).toContain('/latest-linux.yml');
    expect(server.requests).toContain('/packing-station_1.1.0_amd64.deb');
    expect(installs).toBe(0); // found and ready is not installed: that waits for a yes or the quiet hour
  });

  test('the same version is no update: nothing is downloaded', async () => {
    server.publish('latest', { version: '1.0.0', body: INSTALLER });
    start('1.0.0');
    await machine.tick();

    expect(machine.view()).toMatchObject({ phase: 'idle', version: null, offer: false });
    expect(machine.view().lastCheckedAt).toBe(clock.toISOString());
    expect(server.requests.filter((path) => path.endsWith('.deb'))).toEqual([]);
  });

  test('an older version on the feed is never installed (no downgrade)', async () => {
    server.publish('latest', { version: '0.9.0', body: INSTALLER });
    start('1.0.0');
    await machine.tick();
    expect(machine.view()).toMatchObject({ phase: 'idle', version: null });
  });

  test('the beta channel reads beta.yml; switching back to stable reads latest again', async () => {
    server.publish('latest', { version: '1.0.0', body: INSTALLER });
    server.publish('beta', { version: '1.1.0-beta.2', body: INSTALLER });
    settings = { channel: 'beta', quietHour: null };
    start('1.0.0');
    await machine.tick();
    expect(machine.view()).toMatchObject({ phase: 'ready', version: '1.1.0-beta.2', channel: 'beta' });
    expect(server.requests).toContain('/beta-linux.yml');
    expect(server.requests).not.toContain('/latest-linux.yml');

    settings = { channel: 'stable', quietHour: null };
    await machine.tick();
    expect(server.requests).toContain('/latest-linux.yml');
    expect(machine.view()).toMatchObject({ phase: 'idle', version: null, channel: 'stable' });
  });

  test('a corrupt download (sha512 mismatch) is reported, thrown away and downloaded again later', async () => {
    server.publish('latest', {
      version: '1.1.0',
      body: Buffer.concat([INSTALLER, Buffer.from('tampered')]),
      hashedBody: INSTALLER,
    });
    start('1.0.0');
    await machine.tick();

    const failed = machine.view();
    expect(failed).toMatchObject({ phase: 'failed', offer: false });
    expect(failed.problem).toMatch(/damaged \(its checksum does not match/);
    expect(failed.retryAt).not.toBeNull();
    expect(installs).toBe(0);

    // Before the retry time nothing is asked again.
    const asked = server.requests.length;
    await machine.tick();
    expect(server.requests.length).toBe(asked);

    server.publish('latest', { version: '1.1.0', body: INSTALLER });
    clock = new Date(Date.parse(failed.retryAt ?? ''));
    await machine.tick();
    expect(machine.view()).toMatchObject({ phase: 'ready', version: '1.1.0', problem: null, retryAt: null });
  });

  test('a server that is down is a failure with a retry, and each failure waits longer', async () => {
    server.publish('latest', { version: '1.1.0', body: INSTALLER });
    server.down(true);
    start('1.0.0');
    await machine.tick();
    const first = machine.view();
    expect(first.phase).toBe('failed');
    expect(first.problem).toMatch(/update server cannot be reached|tries again later/);

    clock = new Date(Date.parse(first.retryAt ?? ''));
    await machine.tick();
    const second = machine.view();
    expect(second.phase).toBe('failed');
    const wait = (view: UpdateView, from: Date) => Date.parse(view.retryAt ?? '') - from.getTime();
    expect(wait(second, clock)).toBeGreaterThan(wait(first, new Date(2026, 11, 2, 14, 0, 0)));

    server.down(false);
    clock = new Date(Date.parse(second.retryAt ?? ''));
    await machine.tick();
    expect(machine.view()).toMatchObject({ phase: 'ready', version: '1.1.0' });
  });
});

describe('installing between orders', () => {
  beforeEach(async () => {
    server.publish('latest', { version: '1.1.0', body: INSTALLER });
    start('1.0.0');
    await machine.tick();
    expect(machine.view().phase).toBe('ready');
  });

  test("the operator's install now installs when nothing is open or sending", () => {
    const result = machine.installNow();
    expect(result.ok).toBe(true);
    expect(machine.view().phase).toBe('installing');
    expect(installs).toBe(1);
  });

  test('install now is refused while an order is open, and not offered', () => {
    packing = { orderOpen: true, sending: 0 };
    machine.packingChanged();
    expect(machine.view().offer).toBe(false);
    expect(views.at(-1)?.offer).toBe(false);
    const result = machine.installNow();
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect(!result.ok && result.error.message).toMatch(/An order is open/);
    expect(installs).toBe(0);
  });

  test('install now is refused while an outbox entry is sending', () => {
    packing = { orderOpen: false, sending: 1 };
    expect(machine.view().offer).toBe(false);
    const result = machine.installNow();
    expect(!result.ok && result.error.message).toMatch(/being sent to Equipme/);
    expect(installs).toBe(0);
  });

  test('the quiet hour installs by itself, but not over an open order or a step sending', async () => {
    clock = new Date(2026, 11, 3, 3, 10, 0); // 03:10, the quiet hour is 3
    packing = { orderOpen: true, sending: 0 };
    await machine.tick();
    expect(installs).toBe(0);
    packing = { orderOpen: false, sending: 2 };
    await machine.tick();
    expect(installs).toBe(0);
    packing = { orderOpen: false, sending: 0 };
    await machine.tick();
    expect(installs).toBe(1);
    expect(machine.view().phase).toBe('installing');
  });

  test('outside the quiet hour nothing installs without the operator', async () => {
    clock = new Date(2026, 11, 2, 16, 0, 0);
    await machine.tick();
    expect(installs).toBe(0);
    expect(machine.view().phase).toBe('ready');
  });

  test('later stops the offer for this version; the quiet hour still installs it', async () => {
    expect(machine.later().offer).toBe(false);
    clock = new Date(2026, 11, 3, 3, 0, 0);
    await machine.tick();
    expect(installs).toBe(1);
  });
});
