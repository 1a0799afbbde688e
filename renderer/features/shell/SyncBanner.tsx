// The connection as the operator must know it: nothing when online, a banner when offline,
// unstable, slowed down or switched off in Settings (with how many changes wait), and a red station alert that cannot be missed: the API key rejected (the
// way out is in the settings) or the station database that cannot be written (main's words say what
// to do). The state comes from stationHealth, the same one the header's pill shows.
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assert-never.ts';
import type { HealthBanner } from '../../../shared/domain/station-health.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { useStationStore } from '../../app/use-station-store.ts';
import { useStationHealth } from '../../app/use-sync-store.ts';
import { formatTime } from '../../i18n/format.ts';
import { WarningIcon } from '../../ui/Icons.tsx';

export function SyncBanner() {
  const { banner } = useStationHealth();
  const stationError = useStationStore((state) => state.error);

  if (banner?.tone === 'danger') return <AlertBanner banner={banner} />;
  if (stationError) {
    return (
      <div className="sync-banner sync-banner-alert icon-on-danger" role="alert">
        <WarningIcon />
        <div className="sync-banner-text">{stationError}</div>
      </div>
    );
  }
  return banner ? <ConnectionBanner banner={banner} /> : null;
}

function AlertBanner(props: { banner: HealthBanner }) {
  const { t } = useTranslation('common');
  const { state, message } = props.banner;
  const code = state === 'key-rejected' ? 'api-key-rejected' : 'database-problem';
  return (
    <div className="sync-banner sync-banner-alert icon-on-danger" role="alert">
      <WarningIcon />
      <div className="sync-banner-text">
        <strong className="sync-banner-title">{t(`banner.alert.${code}`)}</strong>
        {message && <span>{message}</span>}
      </div>
      {state === 'key-rejected' && <OpenSettings />}
    </div>
  );
}

function ConnectionBanner(props: { banner: HealthBanner }) {
  const { t, i18n } = useTranslation('common');
  const { outbox } = useStationHealth();
  const { state, until } = props.banner;
  switch (state) {
    case 'switched-off':
      return (
        <div className="sync-banner sync-banner-degraded" role="status">
          <WarningIcon />
          <div className="sync-banner-text">
            {t('banner.switchedOff', { count: outbox.failed + outbox.toSend })}
          </div>
          <OpenSettings />
        </div>
      );
    case 'offline':
    case 'degraded':
      return (
        <div className={`sync-banner sync-banner-${state}`} role="status">
          <WarningIcon />
          <div className="sync-banner-text">{t(`banner.${state}`)}</div>
        </div>
      );
    case 'rate-limited': {
      const time = until ? formatTime(until, i18n.language) : '';
      return (
        <div className="sync-banner sync-banner-degraded" role="status">
          <WarningIcon />
          <div className="sync-banner-text">{t('banner.rateLimited', { time })}</div>
        </div>
      );
    }
    case 'key-rejected':
    case 'database-problem':
      return <AlertBanner banner={props.banner} />;
    default:
      return assertNever(state);
  }
}

/** The way to the settings a banner names; nothing while they are on screen already. */
function OpenSettings() {
  const { t } = useTranslation('common');
  const openSettings = useNavigationStore((state) => state.openSettings);
  const onSettings = useNavigationStore((state) => state.screen.name === 'settings');
  if (onSettings) return null;
  return (
    <button type="button" className="sync-banner-action" onClick={openSettings}>
      {t('banner.openSettings')}
    </button>
  );
}
