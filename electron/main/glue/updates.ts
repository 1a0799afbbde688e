// The desktop app's update feed: electron-updater's autoUpdater, configured by the app-update.yml
// electron-builder writes from `publish` (generic provider). The station decides when it checks,
// downloads and installs (electron/main/updates/); quitAndInstall runs through the app's will-quit,
// so the station core closes its database before the installer starts. A development build does not
// update itself.
import type { App } from 'electron';
import electronUpdater from 'electron-updater';
import { electronUpdaterFeed, type UpdateFeed } from '../updates/update-feed.ts';

export function desktopUpdateFeed(app: Pick<App, 'isPackaged'>): UpdateFeed | undefined {
  return app.isPackaged ? electronUpdaterFeed(electronUpdater.autoUpdater) : undefined;
}
