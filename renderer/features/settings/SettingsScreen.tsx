import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { BackupSection } from './BackupSection.tsx';
import { ConnectionSection } from './ConnectionSection.tsx';
import { DiagnosticsSection } from './DiagnosticsSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { LocationsSection } from './LocationsSection.tsx';
import { ManualCountSection } from './ManualCountSection.tsx';
import { OperatorSection } from './OperatorSection.tsx';
import { PinSection } from './PinSection.tsx';
import { ScannerSection } from './ScannerSection.tsx';
import { SoundSection } from './SoundSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';
import { StationPcSection } from './StationPcSection.tsx';
import { UpdateSettingsSection } from './UpdateSettingsSection.tsx';
import './settings.css';

/** `printers`: the printing settings, composed by the app (renderer/screens.tsx). */
export function SettingsScreen(props: { printers: ReactNode }) {
  const { t } = useTranslation(['settings', 'common']);
  const settings = useSettingsStore((state) => state.settings);
  const error = useSettingsStore((state) => state.error);
  const load = useSettingsStore((state) => state.load);

  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('title')}</h1>
      {error && (
        <div className="banner banner-error settings-error" role="alert">
          <span>{error}</span>
          <button type="button" className="secondary" onClick={() => void load()}>
            {t('common:button.retry')}
          </button>
        </div>
      )}
      {!settings && !error && <p>{t('common:loading')}</p>}
      {settings && (
        <div className="settings-layout">
          <div className="settings-grid">
            <OperatorSection badgePrefix={settings.badgePrefix} />
            <LanguageSection locale={settings.locale} />
            <ConnectionSection settings={settings} />
            <SourcesSection sources={settings.sources} pinSet={settings.supervisorPinSet} />
            <PinSection pinSet={settings.supervisorPinSet} />
            <LocationsSection locationIds={settings.locationIds} />
            <SoundSection sound={settings.sound} />
            <ManualCountSection needsSupervisor={settings.manualCountNeedsSupervisor} />
            <UpdateSettingsSection channel={settings.updateChannel} quietHour={settings.updateQuietHour} />
            <StationPcSection stationPc={settings.stationPc} />
            <BackupSection />
            <DiagnosticsSection />
          </div>
          <ScannerSection scanner={settings.scanner} />
        </div>
      )}
      {settings && props.printers}
    </section>
  );
}
