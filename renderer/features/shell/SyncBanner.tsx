// The connection as the operator must know it: nothing when online, a banner when offline or
// unstable, and a red station alert that cannot be missed: the API key rejected (the way out is in
// the settings) or the station database that cannot be written (main's words say what to do).
import { useTranslation } from 'react-i18next';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { useStationStore } from '../../app/use-station-store.ts';
import { useSyncStore } from '../../app/use-sync-store.ts';
import { formatTime } from '../../i18n/format.ts';
import { WarningIcon } from '../../ui/Icons.tsx';

export function SyncBanner() {
  const { t, i18n } = useTranslation('common');
  const status = useSyncStore((state) => state.status);
  const stationError = useStationStore((state) => state.error);
  const openSettings = useNavigationStore((state) => state.openSettings);

  if (status?.alert) {
    return (
      <div className="sync-banner sync-banner-alert icon-on-danger" role="alert">
        <WarningIcon />
        <div className="sync-banner-text">
          <strong className="sync-banner-title">{t(`banner.alert.${status.alert.code}`)}</strong>
          <span>{status.alert.message}</span>
        </div>
        {status.alert.code === 'api-key-rejected' && (
          <button type="button" className="sync-banner-action" onClick={openSettings}>
            {t('banner.openSettings')}
          </button>
        )}
      </div>
    );
  }
  if (stationError) {
    return (
      <div className="sync-banner sync-banner-alert icon-on-danger" role="alert">
        <WarningIcon />
        <div className="sync-banner-text">{stationError}</div>
      </div>
    );
  }
  if (status?.connectivity === 'offline' || status?.connectivity === 'degraded') {
    return (
      <div className={`sync-banner sync-banner-${status.connectivity}`} role="status">
        <WarningIcon />
        <div className="sync-banner-text">{t(`banner.${status.connectivity}`)}</div>
      </div>
    );
  }
  if (status?.rateLimitedUntil && Date.parse(status.rateLimitedUntil) > Date.now()) {
    const time = formatTime(status.rateLimitedUntil, i18n.language);
    return (
      <div className="sync-banner sync-banner-degraded" role="status">
        <WarningIcon />
        <div className="sync-banner-text">{t('banner.rateLimited', { time })}</div>
      </div>
    );
  }
  return null;
}
