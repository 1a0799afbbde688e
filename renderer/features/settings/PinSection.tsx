import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { PinInput } from '../../ui/PinInput.tsx';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { checkPinChange } from './pin-rules.ts';

/** The supervisor PIN (teach barcodes, let an order through): setting or changing it needs the old one. */
export function PinSection(props: { pinSet: boolean }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const problem = checkPinChange({ pinSet: props.pinSet, current, next, repeat });
    if (problem) return setError(t(`pin.problem.${problem}`));
    const failure = await update({ supervisorPin: props.pinSet ? { current, next } : { next } });
    setCurrent('');
    if (failure) return setError(failure.message);
    setNext('');
    setRepeat('');
    setError(null);
    showToast({ kind: 'success', text: t('pin.saved') });
  }

  return (
    <SettingsCard title={t('pin.title')}>
      <p className="settings-current">{props.pinSet ? t('pin.isSet') : t('pin.notSet')}</p>
      {props.pinSet && <p className="field-hint">{t('pin.guards')}</p>}
      <form onSubmit={(event) => void save(event)}>
        {props.pinSet && <PinInput label={t('pin.current')} value={current} onChange={setCurrent} />}
        <div className="field-pair">
          <PinInput label={t('pin.next')} value={next} onChange={setNext} />
          <PinInput label={t('pin.repeat')} value={repeat} onChange={setRepeat} />
        </div>
        <p className="field-hint">{t('pin.hint')}</p>
        <FieldError message={error} />
        <div className="settings-buttons">
          <button type="submit">{props.pinSet ? t('pin.change') : t('pin.set')}</button>
        </div>
      </form>
    </SettingsCard>
  );
}
