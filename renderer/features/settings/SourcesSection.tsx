import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrlProblem } from '../../../shared/ipc/settings.ts';
import {
  POLL_INTERVAL_SECONDS,
  type SourceSettingsUpdateArgs,
  type SourceSettingsView,
} from '../../../shared/ipc/sources.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { PollIntervalField, pollSeconds } from '../../ui/PollIntervalField.tsx';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { PackedExport } from './PackedExport.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

/**
 * The shops besides Equipme (Settings → Order sources): one form per shop. Main holds the rules
 * (PIN, https, the secret's origin) and tries a live connection before it saves; this form only
 * catches what is plain from it and shows main's words.
 */
export function SourcesSection(props: { sources: SourceSettingsView[]; pinSet: boolean }) {
  const { t } = useTranslation('settings');
  return (
    <SettingsCard title={t('sources.title')}>
      <p className="field-hint">{t('sources.readOnly')}</p>
      {!props.pinSet && <p className="field-hint">{t('sources.pinFirst')}</p>}
      {props.sources.map((source) => (
        <SourceForm key={source.source} source={source} />
      ))}
      <PackedExport />
    </SettingsCard>
  );
}

function SourceForm(props: { source: SourceSettingsView }) {
  const { source } = props;
  const { t } = useTranslation('settings');
  const updateSource = useSettingsStore((state) => state.updateSource);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [url, setUrl] = useState(source.url ?? '');
  const [account, setAccount] = useState(source.account);
  const [credential, setCredential] = useState('');
  const [poll, setPoll] = useState(String(source.pollIntervalSeconds));
  const [enabled, setEnabled] = useState(source.enabled);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = t(`sources.name.${source.source}`);
  const id = `source-${source.source}`;

  async function save(event: FormEvent) {
    event.preventDefault();
    const address = url.trim();
    if (address !== '' && apiUrlProblem(address) === 'not-a-url') return setError(t('sources.badUrl'));
    if (address !== '' && apiUrlProblem(address) === 'not-https') return setError(t('sources.httpsOnly'));
    const seconds = pollSeconds(poll, POLL_INTERVAL_SECONDS);
    if (seconds === null) return setError(t('sources.badPoll', POLL_INTERVAL_SECONDS));
    const change: SourceSettingsUpdateArgs = {
      source: source.source,
      enabled,
      url: address === '' ? null : address,
      account: account.trim(),
      pollIntervalSeconds: seconds,
      ...(credential !== '' ? { credential } : {}),
    };
    const answer = await supervisor.guard(t('sources.pinReason', { name }), async (pin) => {
      setBusy(true);
      const failure = await updateSource(pin === undefined ? change : { ...change, pin });
      setBusy(false);
      return failure;
    });
    if (answer === 'cancelled') return;
    setError(answer?.message ?? null);
    setCredential('');
    if (answer === null) showToast({ kind: 'success', text: t('sources.saved', { name }) });
  }

  // The PIN prompt is a form of its own: it sits beside this one, never inside it.
  return (
    <>
      <form className="source-form" noValidate aria-labelledby={`${id}-title`} onSubmit={(e) => void save(e)}>
        <h3 id={`${id}-title`}>{name}</h3>
        <p className="settings-current">
          {source.enabled
            ? source.url === null
              ? t('sources.onSimulator')
              : t('sources.onLive', { url: source.url })
            : t('sources.off')}
        </p>
        <label className="checkbox">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t('sources.enabled', { name })}
        </label>
        <label className="field">
          <span className="field-label">{t('sources.url')}</span>
          <input
            type="url"
            value={url}
            placeholder={t('sources.urlPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t(`sources.account.${source.source}`)}</span>
          <input
            type="text"
            value={account}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setAccount(event.target.value)}
          />
        </label>
        <label className="field">
          <span className="field-label">{t(`sources.credential.${source.source}`)}</span>
          <input
            type="password"
            value={credential}
            autoComplete="off"
            placeholder={source.credentialSet ? t('sources.credentialSet') : t('sources.credentialNotSet')}
            onChange={(event) => setCredential(event.target.value)}
          />
        </label>
        {source.credentialProblem && <p className="field-hint">{source.credentialProblem}</p>}
        <PollIntervalField
          label={t('sources.poll')}
          bounds={POLL_INTERVAL_SECONDS}
          value={poll}
          onChange={setPoll}
        />
        {busy && (
          <p className="settings-current" role="status">
            {t('sources.testing', { name })}
          </p>
        )}
        <FieldError message={error} />
        <div className="settings-buttons">
          <button type="submit" disabled={busy}>
            {t('sources.save', { name })}
          </button>
        </div>
      </form>
      {supervisor.prompt}
    </>
  );
}
