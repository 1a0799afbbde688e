import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORDER_SOURCES, type OrderSourceName } from '../../../shared/domain/order-sources.ts';
import type { ExportPackedArgs } from '../../../shared/ipc/export.ts';
import { invoke } from '../../api/station.ts';
import { FieldError } from '../../ui/SettingsCard.tsx';

/** Today as YYYY-MM-DD in UTC: the export reads a day from 00:00 UTC. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Export packed orders" (Settings → Order sources): what was packed here for one source since a
 * day, for the shop's back office. No PIN: it changes nothing. Main writes the file into the
 * station's exports folder and says where; this form never names a path.
 */
export function PackedExport() {
  const { t } = useTranslation('settings');
  const id = useId();
  const [source, setSource] = useState<OrderSourceName>('marketplace');
  const [since, setSince] = useState(todayUtc);
  const [format, setFormat] = useState<ExportPackedArgs['format']>('csv');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(since)) return setError(t('packedExport.badDay'));
    setBusy(true);
    const answer = await invoke('export:packed', { source, since, format });
    setBusy(false);
    if (!answer.ok) return setError(answer.error.message);
    setError(null);
    setDone(t('packedExport.written', { count: answer.value.rows, path: answer.value.path }));
  }

  return (
    <form className="source-form" noValidate aria-labelledby={`${id}-title`} onSubmit={(e) => void run(e)}>
      <h3 id={`${id}-title`}>{t('packedExport.title')}</h3>
      <p className="field-hint">{t('packedExport.hint')}</p>
      <label className="field">
        <span className="field-label">{t('packedExport.source')}</span>
        <select value={source} onChange={(event) => setSource(event.target.value as OrderSourceName)}>
          {ORDER_SOURCES.map((name) => (
            <option key={name} value={name}>
              {t(`packedExport.sourceName.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('packedExport.since')}</span>
        <input type="date" value={since} required onChange={(event) => setSince(event.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">{t('packedExport.format')}</span>
        <select
          value={format}
          onChange={(event) => setFormat(event.target.value as ExportPackedArgs['format'])}
        >
          <option value="csv">{t('packedExport.csv')}</option>
          <option value="json">{t('packedExport.json')}</option>
        </select>
      </label>
      <FieldError message={error} />
      {done && (
        <p className="settings-current" role="status">
          {done}
        </p>
      )}
      <div className="settings-buttons">
        <button type="submit" disabled={busy}>
          {t('packedExport.run')}
        </button>
      </div>
    </form>
  );
}
