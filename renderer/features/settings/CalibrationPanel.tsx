// Scanner calibration: the operator scans one test barcode three times; the raw key times give
// the wedge thresholds (shared/domain/scanner-calibration.ts) and reveal a wrong keyboard layout.
import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { calibrate } from '../../../shared/domain/scanner-calibration.ts';
import { detectLayoutMismatch } from '../../../shared/domain/scanner-layout.ts';
import type { KeyStroke } from '../../../shared/domain/wedge-scanner.ts';
import type { ScannerSettings } from '../../../shared/ipc/settings.ts';
import { useScanPauseStore } from '../../app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { WarningIcon } from '../../ui/Icons.tsx';
import { describeScan } from './scan-sample.ts';
import { useKeyCapture } from './use-key-capture.ts';

export const SCANS_NEEDED = 3;

export function CalibrationPanel(props: { current: ScannerSettings; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const [scans, setScans] = useState<KeyStroke[][]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const capturing = scans.length < SCANS_NEEDED;

  // A layout effect: scanning stands aside and resumes in the very commit that shows or closes the panel.
  useLayoutEffect(() => {
    const pause = useScanPauseStore.getState();
    pause.pause();
    return pause.resume;
  }, []);
  // Escape leaves, also while every other key is taken for the test scans.
  const { onClose } = props;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') onClose();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  useKeyCapture(capturing, (strokes) => setScans((previous) => [...previous, strokes]));

  const samples = scans.map(describeScan);
  const layout = samples.map((sample) => detectLayoutMismatch(sample.code)).find((check) => check.mismatch);
  const differentCodes = new Set(samples.map((sample) => sample.code)).size > 1;
  const result = capturing ? null : calibrate(scans);

  async function save(scanner: ScannerSettings) {
    const failure = await update({ scanner });
    if (failure) {
      setSaveError(failure.message);
      return;
    }
    showToast({ kind: 'success', text: t('calibration.saved') });
    props.onClose();
  }

  return (
    <div className="calibration">
      <p className={`calibration-prompt${capturing ? ' calibration-prompt-active' : ''}`} aria-live="polite">
        {capturing
          ? t('calibration.prompt', { n: scans.length + 1, total: SCANS_NEEDED })
          : t('calibration.done')}
      </p>
      {layout?.mismatch && (
        <div className="calibration-warning icon-on-danger" role="alert">
          <WarningIcon />
          <div>
            <strong>{t(`calibration.layout.${layout.kind}`)}</strong>
            <p>{t('calibration.layout.decoded', { decoded: layout.decoded })}</p>
            <p>{t('calibration.layout.fix')}</p>
          </div>
        </div>
      )}
      {differentCodes && (
        <p className="field-error" role="alert">
          {t('calibration.differentCodes')}
        </p>
      )}
      {samples.length > 0 && (
        <table className="calibration-samples">
          <thead>
            <tr>
              <th scope="col">{t('calibration.column.scan')}</th>
              <th scope="col">{t('calibration.column.code')}</th>
              <th scope="col">{t('calibration.column.gaps')}</th>
              <th scope="col">{t('calibration.column.slowest')}</th>
              <th scope="col">{t('calibration.column.average')}</th>
            </tr>
          </thead>
          <tbody>
            {samples.map((sample, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: scans are only ever appended
              <tr key={i}>
                <td>{i + 1}</td>
                <td className="calibration-code">{sample.code}</td>
                <td className="calibration-gaps">{sample.gaps.map((gap) => Math.round(gap)).join(' · ')}</td>
                <td>{t('calibration.ms', { value: Math.round(sample.maxGap) })}</td>
                <td>{t('calibration.ms', { value: Math.round(sample.meanGap) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result && !result.ok && (
        <p className="field-error" role="alert">
          {t(`calibration.problem.${result.error.code}`)}
        </p>
      )}
      {result?.ok && (
        <dl className="calibration-result">
          <dt>{t('scanner.maxInterKeyMs')}</dt>
          <dd>
            {t('calibration.recommended', {
              value: t('calibration.ms', { value: result.value.maxInterKeyMs }),
              current: t('calibration.ms', { value: props.current.maxInterKeyMs }),
            })}
          </dd>
          <dt>{t('scanner.minLength')}</dt>
          <dd>
            {t('calibration.recommended', {
              value: result.value.minLength,
              current: props.current.minLength,
            })}
          </dd>
          <dt>{t('scanner.terminator')}</dt>
          <dd>
            {t('calibration.recommended', {
              value: t(`scanner.key.${result.value.terminator}`),
              current: t(`scanner.key.${props.current.terminator}`),
            })}
          </dd>
        </dl>
      )}
      {saveError && (
        <p className="field-error" role="alert">
          {saveError}
        </p>
      )}
      <div className="settings-buttons">
        {result?.ok && (
          <button type="button" className="primary-large" onClick={() => void save(result.value)}>
            {t('calibration.save')}
          </button>
        )}
        {scans.length > 0 && (
          <button type="button" className="secondary" onClick={() => setScans([])}>
            {t('calibration.again')}
          </button>
        )}
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('calibration.close')}
        </button>
      </div>
    </div>
  );
}
