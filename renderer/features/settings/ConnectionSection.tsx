import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsView } from '../../../shared/ipc/settings.ts';
import { useToastStore } from '../shell/use-toast-store.ts';
import { FieldError, SettingsCard } from './SettingsCard.tsx';
import { useSettingsStore } from './use-settings-store.ts';

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** The Equipme API the station talks to. The key goes to main once and is never shown again. */
export function ConnectionSection(props: { settings: SettingsView }) {
  const { settings } = props;
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const [apiUrl, setApiUrl] = useState(settings.apiUrl ?? '');
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const url = apiUrl.trim();
    if (!isHttpUrl(url)) return setError(t('connection.badUrl'));
    if (!settings.apiKeySet && apiKey === '') return setError(t('connection.keyRequired'));
    const failure = await update(apiKey === '' ? { apiUrl: url } : { apiUrl: url, apiKey });
    setApiKey('');
    setError(failure?.message ?? null);
    if (!failure) showToast({ kind: 'success', text: t('connection.saved') });
  }

  async function switchToDemo() {
    const failure = await update({ apiUrl: null });
    setError(failure?.message ?? null);
    if (!failure) {
      setApiUrl('');
      showToast({ kind: 'success', text: t('connection.demoSaved') });
    }
  }

  return (
    <SettingsCard title={t('connection.title')}>
      <p className="settings-current">
        {settings.demo ? t('connection.demoNow') : t('connection.liveNow', { url: settings.apiUrl })}
      </p>
      <form noValidate onSubmit={(event) => void save(event)}>
        <label className="field">
          <span className="field-label">{t('connection.url')}</span>
          <input
            type="url"
            value={apiUrl}
            placeholder="https://…"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setApiUrl(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('connection.key')}</span>
          <input
            type="password"
            value={apiKey}
            autoComplete="off"
            placeholder={settings.apiKeySet ? t('connection.keySet') : t('connection.keyNotSet')}
            onChange={(event) => setApiKey(event.target.value)}
          />
        </label>
        <p className="field-hint">{t('connection.keyHint')}</p>
        <FieldError message={error} />
        <div className="settings-buttons">
          <button type="submit">{t('connection.save')}</button>
          <button
            type="button"
            className="secondary"
            disabled={settings.demo}
            onClick={() => void switchToDemo()}
          >
            {t('connection.useDemo')}
          </button>
        </div>
      </form>
    </SettingsCard>
  );
}
