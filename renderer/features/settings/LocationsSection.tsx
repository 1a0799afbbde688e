import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueueStore } from '../queue/use-queue-store.ts';
import { useToastStore } from '../shell/use-toast-store.ts';
import { useSupervisorPin } from './PinPrompt.tsx';
import { FieldError, SettingsCard } from './SettingsCard.tsx';
import { useSettingsStore } from './use-settings-store.ts';

/** The warehouse locations this station packs for: the queue's default location filter. */
export function LocationsSection(props: { locationIds: number[] }) {
  const { t } = useTranslation('settings');
  const locations = useQueueStore((state) => state.locations);
  const queueLoaded = useQueueStore((state) => state.total !== null);
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [chosen, setChosen] = useState<number[]>(props.locationIds);
  const [error, setError] = useState<string | null>(null);

  // The locations come with the queue's answers; ask once if the queue was never shown.
  useEffect(() => {
    if (!queueLoaded) useQueueStore.getState().refresh();
  }, [queueLoaded]);

  function toggle(id: number) {
    setChosen(chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]);
  }

  async function save() {
    // Which orders this station packs is a supervisor's choice: main asks for the PIN.
    const answer = await supervisor.guard(t('locations.pinReason'), (pin) =>
      update(pin === undefined ? { locationIds: chosen } : { locationIds: chosen, pin }),
    );
    if (answer === 'cancelled') return;
    setError(answer?.message ?? null);
    if (!answer) showToast({ kind: 'success', text: t('locations.saved') });
  }

  return (
    <SettingsCard title={t('locations.title')}>
      <p className="field-hint">{t('locations.hint')}</p>
      {locations.length === 0 ? (
        <p className="settings-current">{t('locations.none')}</p>
      ) : (
        <fieldset className="checkbox-list">
          <legend className="visually-hidden">{t('locations.title')}</legend>
          {locations.map((location) => (
            <label key={location.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(location.id)}
                onChange={() => toggle(location.id)}
              />
              {location.name}
            </label>
          ))}
        </fieldset>
      )}
      <p className="settings-current">
        {chosen.length === 0 ? t('locations.all') : t('locations.chosen', { count: chosen.length })}
      </p>
      <FieldError message={error} />
      <div className="settings-buttons">
        <button type="button" onClick={() => void save()}>
          {t('locations.save')}
        </button>
      </div>
      {supervisor.prompt}
    </SettingsCard>
  );
}
