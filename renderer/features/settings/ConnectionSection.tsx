import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  apiOrigin,
  apiUrlProblem,
  type SettingsUpdateArgs,
  type SettingsView,
} from '../../../shared/ipc/settings.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { EquipmeSyncForm } from './EquipmeSyncForm.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

/**
 * The Equipme API the station talks to, and below it whether and how often it is (EquipmeSyncForm). The key goes to main once and is never shown again; main
 * holds the rules (PIN, https, the key's origin) and tests the connection before it saves anything,
 * and this card shows its words. It only catches what is plain from the form.
 */
export function ConnectionSection(props: { settings: SettingsView }) {
  const { settings } = props;
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [apiUrl, setApiUrl] = useState(settings.apiUrl ?? '');
  const [apiKey, setApiKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs the change with the PIN if the station has one; main's refusal is shown in the card. */
  async function guarded(reason: string, change: SettingsUpdateArgs): Promise<boolean> {
    const answer = await supervisor.guard(reason, async (pin) => {
      setBusy(true);
      const failure = await update(pin === undefined ? change : { ...change, pin });
      setBusy(false);
      return failure;
    });
    if (answer !== 'cancelled') setError(answer?.message ?? null);
    return answer === null;
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const url = apiUrl.trim();
    const problem = apiUrlProblem(url);
    if (problem === 'not-a-url') return setError(t('connection.badUrl'));
    if (problem === 'not-https') return setError(t('connection.httpsOnly'));
    if (apiKey === '') {
      if (!settings.apiKeySet) return setError(t('connection.keyRequired'));
      // A saved key is never sent to another server: a new one must come with the new address.
      if (settings.apiUrl !== null && apiOrigin(settings.apiUrl) !== apiOrigin(url)) {
        return setError(t('connection.keyForNewAddress', { origin: apiOrigin(url) }));
      }
    }
    const saved = await guarded(
      t('connection.pinReason'),
      apiKey === '' ? { apiUrl: url } : { apiUrl: url, apiKey },
    );
    setApiKey('');
    if (saved) showToast({ kind: 'success', text: t('connection.saved') });
  }

  async function switchToDemo() {
    const saved = await guarded(t('connection.demoPinReason'), { apiUrl: null });
    if (!saved) return;
    setApiUrl('');
    showToast({ kind: 'success', text: t('connection.demoSaved') });
  }

  return (
    <SettingsCard title={t('connection.title')}>
      <p className="settings-current">
        {settings.demo ? t('connection.demoNow') : t('connection.liveNow', { url: settings.apiUrl })}
      </p>
      {!settings.supervisorPinSet && <p className="field-hint">{t('connection.pinFirst')}</p>}
      <form noValidate onSubmit={(event) => void save(event)}>
        <label className="field">
          <span className="field-label">{t('connection.url')}</span>
          <input
            type="url"
            value={apiUrl}
            placeholder="https://…"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="connection-url-hint"
            onChange={(event) => setApiUrl(event.target.value)}
          />
        </label>
        <p id="connection-url-hint" className="field-hint">
          {t('connection.urlHint')}
        </p>
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
        {busy && (
          <p className="settings-current" role="status">
            {t('connection.testing')}
          </p>
        )}
        <FieldError message={error} />
        <div className="settings-buttons">
          <button type="submit" disabled={busy}>
            {t('connection.save')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={settings.demo || busy}
            onClick={() => void switchToDemo()}
          >
            {t('connection.useDemo')}
          </button>
        </div>
      </form>
      {supervisor.prompt}
      <EquipmeSyncForm equipme={settings.equipme} />
    </SettingsCard>
  );
}
