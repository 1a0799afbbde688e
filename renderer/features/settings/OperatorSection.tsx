import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { badgePrefixProblem, MAX_BADGE_PREFIX } from '../../../shared/domain/operator-badge.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

/**
 * How operators sign in with a badge: the prefix that marks a scan as a badge (a supervisor's
 * choice, guarded by the PIN in main). Who is signed in is not a setting: see the sign-in screen.
 */
export function OperatorSection(props: { badgePrefix: string }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [prefix, setPrefix] = useState(props.badgePrefix);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const problem = badgePrefixProblem(prefix);
    if (problem) return setError(t(`badge.problem.${problem}`));
    const answer = await supervisor.guard(t('badge.pinReason'), (pin) =>
      update(pin === undefined ? { badgePrefix: prefix } : { badgePrefix: prefix, pin }),
    );
    if (answer === 'cancelled') return;
    setError(answer?.message ?? null);
    if (!answer) showToast({ kind: 'success', text: t('badge.saved') });
  }

  return (
    <SettingsCard title={t('badge.title')}>
      <form noValidate onSubmit={(event) => void save(event)}>
        <label className="field">
          <span className="field-label">{t('badge.prefix')}</span>
          <input
            type="text"
            value={prefix}
            maxLength={MAX_BADGE_PREFIX}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setPrefix(event.target.value)}
          />
        </label>
        <p className="field-hint">{t('badge.hint', { example: `${prefix || 'OP:'}Anna` })}</p>
        <FieldError message={error} />
        <div className="settings-buttons">
          <button type="submit">{t('badge.save')}</button>
        </div>
      </form>
      {supervisor.prompt}
    </SettingsCard>
  );
}
