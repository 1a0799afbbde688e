// "Diagnostics for support": one press writes the support zip in the station's data folder (main
// chooses the place and leaves every secret out) and shows where it is, to send to support.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/station.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';

export function DiagnosticsSection() {
  const { t } = useTranslation('settings');
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function write() {
    setBusy(true);
    setError(null);
    const answer = await invoke('station:diagnostics');
    setBusy(false);
    if (answer.ok) setFile(answer.value.file);
    else setError(answer.error.message);
  }

  return (
    <SettingsCard title={t('diagnostics.title')}>
      <p className="field-hint">{t('diagnostics.hint')}</p>
      <button type="button" className="secondary" disabled={busy} onClick={() => void write()}>
        {busy ? t('diagnostics.writing') : t('diagnostics.write')}
      </button>
      {file && (
        <p className="settings-current" role="status">
          {t('diagnostics.written')} <code className="diagnostics-file">{file}</code>
        </p>
      )}
      <FieldError message={error} />
    </SettingsCard>
  );
}
