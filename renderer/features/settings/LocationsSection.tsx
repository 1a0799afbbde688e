import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrdersQueryResult } from '../../../shared/ipc/orders.ts';
import { invoke } from '../../api/station.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

/** The warehouse locations this station packs for: the queue's default location filter. */
export function LocationsSection(props: { locationIds: number[] }) {
  const { t } = useTranslation('settings');
  const [locations, setLocations] = useState<OrdersQueryResult['locations']>([]);
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [chosen, setChosen] = useState<number[]>(props.locationIds);
  const [error, setError] = useState<string | null>(null);

  // The locations come with every answer of the order query: one row is enough.
  useEffect(() => {
    let current = true;
    void invoke('orders:query', { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 1 }).then(
      (response) => {
        if (current && response.ok) setLocations(response.value.locations);
      },
    );
    return () => {
      current = false;
    };
  }, []);

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
