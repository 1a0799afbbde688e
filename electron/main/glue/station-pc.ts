// The station PC's options as Electron sees them: the displays, and start at login (an XDG
// autostart entry on Linux, the OS's login items elsewhere).
import { homedir } from 'node:os';
import { app, type Display, screen } from 'electron';
import type { DisplayInfo } from '../../../shared/ipc/station-pc.ts';
import { stationLog } from '../logs/station-log.ts';
import { autostartDir, setLinuxAutostart } from '../station/login-autostart.ts';

export function listDisplays(): DisplayInfo[] {
  const primary = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((display: Display) => ({
    id: display.id,
    label: display.label ?? '',
    bounds: { ...display.bounds },
    workArea: { ...display.workArea },
    primary: display.id === primary,
  }));
}

export function applyStartAtLogin(enabled: boolean): void {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: enabled });
    return;
  }
  // An AppImage runs from a temporary mount: the entry must start the AppImage file itself.
  const command = process.env.APPIMAGE
    ? [process.env.APPIMAGE]
    : [process.execPath, ...(app.isPackaged ? [] : [app.getAppPath()])];
  try {
    setLinuxAutostart(enabled, autostartDir(process.env, homedir()), command);
  } catch (error) {
    stationLog.error('[station-pc] the autostart entry could not be written:', error);
  }
}
