// The update feed the station drives: electron-updater's generic provider, reduced to the three steps
// the station decides about itself. Nothing happens on electron-updater's own initiative: no download
// on check, no install on quit, no downgrade (a stable channel after beta would take the app back
// below its database's schema, which the older app refuses to open).
import type { AppUpdater } from 'electron-updater';
import type { UpdateChannel } from '../../../shared/ipc/updates.ts';
import { stationLog } from '../logs/station-log.ts';

export interface UpdateFeed {
  /** The newer version on the channel's feed, or null when this app is current (or does not update). */
  check(channel: UpdateChannel): Promise<{ version: string } | null>;
  /** Downloads the version found last and checks its sha512; rejects when anything is wrong. */
  download(): Promise<void>;
  /** Quits the app and runs the installer of the downloaded version. */
  install(): void;
}

/** electron-builder's channel file names: `latest.yml` (…-linux.yml, …-mac.yml) and `beta.yml`. */
const CHANNEL_FILE: Record<UpdateChannel, string> = { stable: 'latest', beta: 'beta' };

export function electronUpdaterFeed(updater: AppUpdater): UpdateFeed {
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.logger = {
    info: (message?: unknown) => stationLog.info('[updates]', message),
    warn: (message?: unknown) => stationLog.warn('[updates]', message),
    error: (message?: unknown) => stationLog.error('[updates]', message),
    debug: (message: string) => stationLog.debug('[updates]', message),
  };
  return {
    async check(channel) {
      updater.channel = CHANNEL_FILE[channel];
      // Setting a channel allows a downgrade in electron-updater; the station never goes back.
      updater.allowDowngrade = false;
      const result = await updater.checkForUpdates();
      return result?.isUpdateAvailable ? { version: result.updateInfo.version } : null;
    },
    async download() {
      await updater.downloadUpdate();
    },
    install() {
      // Silent: the station installs between orders, nobody clicks through an installer; then it starts again.
      updater.quitAndInstall(true, true);
    },
  };
}
