import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';

const MAX_NAME_LENGTH = 60;

/** Who works at this station: recorded with every change they make. */
export function OperatorSection(props: { operator: string }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const [name, setName] = useState(props.operator);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const operator = name.trim();
    if (operator === '') return setError(t('operator.required'));
    const failure = await update({ operator });
    setError(failure?.message ?? null);
    if (!failure) showToast({ kind: 'success', text: t('operator.saved') });
  }

  return (
    <SettingsCard title={t('operator.title')}>
      <form onSubmit={(event) => void save(event)}>
        <label className="field">
          <span className="field-label">{t('operator.name')}</span>
          <input
            type="text"
            value={name}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="off"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <p className="field-hint">{t('operator.hint')}</p>
        <FieldError message={error} />
        <div className="settings-buttons">
          <button type="submit">{t('operator.save')}</button>
        </div>
      </form>
    </SettingsCard>
  );
}
