import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OutboxHealth } from '../../../shared/domain/station-health.ts';
import { type Screen, useNavigationStore } from '../../app/use-navigation-store.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useStationStore } from '../../app/use-station-store.ts';
import { useStationHealth } from '../../app/use-sync-store.ts';
import { OperatorChip } from './OperatorChip.tsx';
import { ShopPullPills } from './ShopPullPills.tsx';
import './shell.css';

const NAV: {
  screen: Exclude<Screen['name'], 'order' | 'shipment'>;
  open: 'openQueue' | 'openOutbox' | 'openSettings';
}[] = [
  { screen: 'queue', open: 'openQueue' },
  { screen: 'outbox', open: 'openOutbox' },
  { screen: 'settings', open: 'openSettings' },
];

export function StationHeader() {
  const { t } = useTranslation('common');
  const info = useStationStore((state) => state.info);
  const operator = useSettingsStore((state) => state.settings?.operator ?? '');
  const { link, outbox } = useStationHealth();
  const navigation = useNavigationStore();

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
        <ShopPullPills />
        <span className={`connectivity tone-${link.tone}`}>
          <span className="connectivity-dot" aria-hidden="true" />
          {t(`connectivity.${link.state}`)}
        </span>
        <button
          type="button"
          className={`pending-button tone-${outbox.tone}`}
          onClick={navigation.openOutbox}
        >
          {outboxText(t, outbox)}
        </button>
        <OperatorChip operator={operator} />
      </div>
    </header>
  );
}

/** "All changes sent", "2 changes to send", "1 change failed" or "1 failed, 2 to send". */
function outboxText(t: TFunction, outbox: OutboxHealth): string {
  const { failed, toSend } = outbox;
  if (failed > 0 && toSend > 0) return t('pending.failedAndToSend', { failed, toSend });
  if (failed > 0) return t('pending.failed', { count: failed });
  return toSend > 0 ? t('pending.button', { count: toSend }) : t('pending.none');
}
