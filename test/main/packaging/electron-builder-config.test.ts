// electron-builder.yml, checked the way electron-builder itself reads and validates it (packaging
// cannot run here: it downloads Electron): its schema, the targets, the fuses, what gets packed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import { getCollectorByPackageManager, PM } from 'app-builder-lib/out/node-module-collector/index.js';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger, TmpDir } from 'builder-util';
import { setPrinter } from 'builder-util/out/log.js';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
let config: Configuration;

beforeAll(async () => {
  setPrinter(() => {}); // electron-builder's "loaded configuration" line
  config = await getConfig(ROOT, null, null);
});

const validate = (configuration: Configuration) =>
  validateConfiguration(configuration, new DebugLogger(false));

describe('electron-builder.yml', () => {
  it("passes electron-builder's own validation against its scheme.json", async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    // The validator is not a formality: a misspelt option fails it.
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachin: true } as never })).rejects.toThrow(
      /configuration\.nsis/,
    );
  });

  it("names the app where Electron reads it, so the data folder is 'Packing Station' installed or not", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { productName?: string };
    expect(pkg.productName).toBe('Packing Station');
    // electron-builder copies package.json into the app as it is: a productName set only here would
    // name the installer but not the folder Electron keeps the data in.
    expect(config.productName).toBeUndefined();
    expect(config.extraMetadata).toBeUndefined();
  });

  it('builds an NSIS installer for Windows, an AppImage and a deb for Linux, each named with the version', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.artifactName).toMatch(/\$\{version\}/);
    expect(config.mac).toBeUndefined();
  });

  it('installs per user, so that an update never asks for elevation', () => {
    // electron-builder marks a per-machine NSIS update isAdminRightsRequired: elevate.exe and a UAC prompt.
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, deleteAppDataOnUninstall: false });
  });

  it('flips the fuses: no Node, no inspector, only its own checked asar, encrypted cookies', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('publishes to a generic update server over https with the stable channel', () => {
    const publish = config.publish as { provider: string; url: string; channel: string };
    expect(publish).toMatchObject({ provider: 'generic', channel: 'latest' });
    expect(new URL(publish.url).protocol).toBe('https:');
  });

  it('keeps the native modules as built (N-API prebuilds) and outside the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**', 'node_modules/@napi-rs/**']);
  });
});

describe('what is packed', () => {
  /** The app's own files, matched with electron-builder's own FileMatcher over the `files` globs. */
  function packs(path: string): boolean {
    const [set] = config.files as { filter: string[] }[];
    const filter = new FileMatcher(ROOT, 'app', (pattern) => pattern, set?.filter).createFilter();
    return filter(join(ROOT, path), { isDirectory: () => false } as never) === true;
  }

  it('packs the built main, preload and renderer and package.json', () => {
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-ctpBREli.js',
      'out/renderer/assets/index-DnHCwwi8.css',
    ]) {
      expect(packs(path), path).toBe(true);
    }
  });

  it('leaves out sources, tests, fixtures, maps, the CLI bundle and the build tooling', () => {
    for (const path of [
      'out/main/index.js.map',
      'out/renderer/assets/index-ctpBREli.js.map',
      'out/cli/station.js',
      'electron/main/index.ts',
      'renderer/main.tsx',
      'shared/domain/lifecycle.ts',
      'test/main/packaging/electron-builder-config.test.ts',
      'test/e2e/station-fixture.ts',
      'test/fixtures/strict-equipme/server.ts',
      'docs/INSTALL.md',
      'build/icon.svg',
      'scripts/icons.ts',
      'electron-builder.yml',
      'package-lock.json',
      '.env',
    ]) {
      expect(packs(path), path).toBe(false);
    }
  });

  it("packs the production dependencies only, as electron-builder's npm collector finds them", async () => {
    const tmp = new TmpDir('packing-station-modules');
    try {
      const collector = getCollectorByPackageManager(PM.NPM, ROOT, tmp);
      const { nodeModules } = await collector.getNodeModules({ packageName: 'packing-station' });
      const names = new Set(nodeModules.map((module) => module.name));
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
        devDependencies: Record<string, string>;
      };
      for (const name of Object.keys(pkg.dependencies)) expect(names.has(name), name).toBe(true);
      const packedDev = Object.keys(pkg.devDependencies).filter((name) => names.has(name));
      expect(packedDev).toEqual([]);
    } finally {
      await tmp.cleanup();
    }
  });
});
