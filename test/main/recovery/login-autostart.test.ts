import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTOSTART_FILE,
  autostartDir,
  autostartEntry,
  setLinuxAutostart,
} from '../../../electron/main/station/login-autostart.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'station-autostart-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('start at login on Linux', () => {
  it('writes the autostart entry when on and removes it when off', () => {
    const autostart = join(dir, 'autostart');
    setLinuxAutostart(true, autostart, ['/opt/Packing Station/packing-station']);
    const text = readFileSync(join(autostart, AUTOSTART_FILE), 'utf8');
    expect(text).toContain('[Desktop Entry]\nType=Application\nName=Packing Station\n');
    expect(text).toContain('Exec="/opt/Packing Station/packing-station"\n');
    setLinuxAutostart(false, autostart, ['/opt/packing-station']);
    expect(existsSync(join(autostart, AUTOSTART_FILE))).toBe(false);
    // Off again, with nothing there, is fine.
    setLinuxAutostart(false, autostart, ['/opt/packing-station']);
  });

  it('quotes and escapes Exec arguments as the desktop entry spec says', () => {
    expect(autostartEntry(['/usr/bin/electron', '/opt/app'])).toContain('Exec=/usr/bin/electron /opt/app\n');
    expect(autostartEntry(['/opt/a$b', '100%', 'say "hi"'])).toContain(
      'Exec="/opt/a\\\\$b" 100%% "say \\\\"hi\\\\""\n',
    );
  });

  it('lives in $XDG_CONFIG_HOME/autostart, else ~/.config/autostart', () => {
    expect(autostartDir({ XDG_CONFIG_HOME: '/srv/config' }, '/home/ana')).toBe('/srv/config/autostart');
    expect(autostartDir({}, '/home/ana')).toBe('/home/ana/.config/autostart');
    // A relative value is invalid by the spec: ignored.
    expect(autostartDir({ XDG_CONFIG_HOME: 'config' }, '/home/ana')).toBe('/home/ana/.config/autostart');
  });
});
