import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScannerSettings } from '../../../shared/ipc/settings.ts';
import { SettingsCard } from '../../ui/SettingsCard.tsx';
import { CalibrationPanel } from './CalibrationPanel.tsx';

/** The wedge thresholds in use, and the calibration that measures them for this scanner. */
export function ScannerSection(props: { scanner: ScannerSettings }) {
  const { t } = useTranslation('settings');
  const [calibrating, setCalibrating] = useState(false);
  const { scanner } = props;

  return (
    <SettingsCard title={t('scanner.title')}>
      <dl className="scanner-current">
        <dt>{t('scanner.maxInterKeyMs')}</dt>
        <dd>{t('calibration.ms', { value: scanner.maxInterKeyMs })}</dd>
        <dt>{t('scanner.minLength')}</dt>
        <dd>{scanner.minLength}</dd>
        <dt>{t('scanner.terminator')}</dt>
        <dd>{t(`scanner.key.${scanner.terminator}`)}</dd>
      </dl>
      {calibrating ? (
        <CalibrationPanel current={scanner} onClose={() => setCalibrating(false)} />
      ) : (
        <>
          <p className="field-hint">{t('scanner.hint')}</p>
          <div className="settings-buttons">
            <button type="button" onClick={() => setCalibrating(true)}>
              {t('scanner.calibrate')}
            </button>
          </div>
        </>
      )}
    </SettingsCard>
  );
}
