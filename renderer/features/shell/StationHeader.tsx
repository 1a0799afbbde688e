import { useTranslation } from 'react-i18next';
import { unsettled } from '../../../shared/domain/sync-status.ts';
import { type Screen, useNavigationStore } from '../../app/use-navigation-store.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useStationStore } from '../../app/use-station-store.ts';
import { useSyncStore } from '../../app/use-sync-store.ts';
import { OperatorChip } from './OperatorChip.tsx';
import './shell.css';

const NAV: { screen: Exclude<Screen['name'], 'order'>; open: 'openQueue' | 'openOutbox' | 'openSettings' }[] =
  [
    { screen: 'queue', open: 'openQueue' },
    { screen: 'outbox', open: 'openOutbox' },
    { screen: 'settings', open: 'openSettings' },
  ];

export function StationHeader() {
  const { t } = useTranslation('common');
  const info = useStationStore((state) => state.info);
  const operator = useSettingsStore((state) => state.settings?.operator ?? '');
  const status = useSyncStore((state) => state.status);
  const navigation = useNavigationStore();
  const connectivity = status?.connectivity ?? 'unknown';
  const pending = status ? unsettled(status.counts) : 0;

  return (
    <header className="station-header">
      <div className="station-identity">
        <span className="station-name">{t('appName')}</span>
        {info && (
          <span
            className={`mode mode-${info.mode}`}
            title={info.mode === 'demo' ? t('mode.demoTitle') : t('mode.liveTitle', { url: info.apiUrl })}
          >
            {t(`mode.${info.mode}`)}
          </span>
        )}
      </div>
      <nav className="station-nav" aria-label={t('nav.label')}>
        {NAV.map(({ screen, open }) => (
          <button
            key={screen}
            type="button"
            className="nav-button"
            aria-current={navigation.screen.name === screen ? 'page' : undefined}
            onClick={() => navigation[open]()}
          >
            {t(`nav.${screen}`)}
          </button>
        ))}
      </nav>
      <div className="station-state">
        <span className={`connectivity connectivity-${connectivity}`}>
          <span className="connectivity-dot" aria-hidden="true" />
          {t(`connectivity.${connectivity}`)}
        </span>
        <button
          type="button"
          className={`pending-button${pending > 0 ? ' pending-button-active' : ''}`}
          onClick={navigation.openOutbox}
        >
          {pending > 0 ? t('pending.button', { count: pending }) : t('pending.none')}
        </button>
        <OperatorChip operator={operator} />
      </div>
    </header>
  );
}
