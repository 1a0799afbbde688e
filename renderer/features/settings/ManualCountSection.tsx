// "A count by hand needs a supervisor": on by default. Turning it off is a supervisor's choice
// (main asks for the PIN); turning it back on is free.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

export function ManualCountSection(props: { needsSupervisor: boolean }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [error, setError] = useState<string | null>(null);

  async function change(needsSupervisor: boolean) {
    const answer = needsSupervisor
      ? await update({ manualCountNeedsSupervisor: true })
      : await supervisor.guard(t('manualCount.pinReason'), (pin) =>
          update(
            pin === undefined
              ? { manualCountNeedsSupervisor: false }
              : { manualCountNeedsSupervisor: false, pin },
          ),
        );
    if (answer === 'cancelled') return;
    setError(answer?.message ?? null);
    if (!answer) showToast({ kind: 'success', text: t('manualCount.saved') });
  }

  return (
    <SettingsCard title={t('manualCount.title')}>
      <p className="field-hint">{t('manualCount.hint')}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.needsSupervisor}
          onChange={(event) => void change(event.target.checked)}
        />
        {t('manualCount.label')}
      </label>
      <p className="settings-current">{props.needsSupervisor ? t('manualCount.on') : t('manualCount.off')}</p>
      <FieldError message={error} />
      {supervisor.prompt}
    </SettingsCard>
  );
}
