// Shown instead of the queue and the order while nobody is signed in: nothing is packed under no
// name, or under the name of whoever stood here before. A typed name or a badge scan (taken anywhere
// by the scan router) signs in; main cleans the name and keeps it with every change. The field does
// not take the focus by itself: a scan typed into it too slowly would be a name, and with no field
// focused the scan router reads even a slow scanner's keys as one code.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBadge, MAX_OPERATOR_NAME } from '../../../shared/domain/operator-badge.ts';
import { signIn } from '../../app/operator-sign-in.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import './signin.css';

export function SignInScreen() {
  const { t } = useTranslation('signin');
  const prefix = useSettingsStore((state) => state.settings?.badgePrefix ?? '');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return setError(t('name.required'));
    setBusy(true);
    // A scanner slower than the wedge threshold types the badge into the field: still a badge.
    const refusal = await signIn(isBadge(name, prefix) ? { badge: name } : { name });
    setBusy(false);
    setError(refusal?.message ?? null);
  }

  return (
    <section className="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">{t('title')}</h1>
      <p className="signin-lead">{t('lead')}</p>
      <form className="signin-form" noValidate onSubmit={(event) => void submit(event)}>
        <label className="signin-field">
          <span className="signin-label">{t('name.label')}</span>
          <input
            type="text"
            className="signin-name"
            value={name}
            maxLength={MAX_OPERATOR_NAME}
            autoComplete="off"
            aria-invalid={error !== null}
            aria-describedby={error ? 'signin-error' : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button type="submit" className="signin-submit" disabled={busy}>
          {t('name.submit')}
        </button>
        {error && (
          <p id="signin-error" className="field-error signin-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <p className="signin-badge">
        <span className="signin-badge-or">{t('badge.or')}</span>
        {prefix !== '' && <span className="signin-badge-hint">{t('badge.hint', { prefix })}</span>}
      </p>
    </section>
  );
}
