// The sender printed on every label: the warehouse's name and address.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShipFromSettings } from '../../../shared/ipc/printing.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { FieldError } from '../../ui/SettingsCard.tsx';
import { usePrintersStore } from './use-printers-store.ts';

type Field = Exclude<keyof ShipFromSettings, 'regionCode'>;

/** The fields in the order they are filled in, and which share a row. */
const ROWS: readonly (readonly Field[])[] = [
  ['name'],
  ['line1'],
  ['street', 'number', 'addition'],
  ['postalCode', 'city'],
  ['countryCode', 'phoneNumber'],
];

/** What main accepts per field. */
const MAX_LENGTH: Record<Field, number> = {
  name: 80,
  line1: 120,
  street: 120,
  number: 20,
  addition: 40,
  postalCode: 20,
  city: 80,
  countryCode: 2,
  phoneNumber: 40,
};

function toForm(shipFrom: ShipFromSettings | null): Record<Field, string> {
  const form = {} as Record<Field, string>;
  for (const field of ROWS.flat()) form[field] = shipFrom?.[field] ?? '';
  return form;
}

export function ShipFromForm(props: { shipFrom: ShipFromSettings | null }) {
  const { t } = useTranslation('print');
  const save = usePrintersStore((state) => state.save);
  const showToast = useToastStore((state) => state.show);
  const [form, setForm] = useState(() => toForm(props.shipFrom));
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const name = form.name.trim();
    if (name === '') return setError(t('shipFrom.nameRequired'));
    const shipFrom: ShipFromSettings = { name, regionCode: props.shipFrom?.regionCode ?? null };
    for (const field of ROWS.flat()) {
      if (field !== 'name') shipFrom[field] = form[field].trim() || null;
    }
    if (shipFrom.countryCode) shipFrom.countryCode = shipFrom.countryCode.toUpperCase();
    const failure = await save({ shipFrom });
    setError(failure?.message ?? null);
    if (!failure) showToast({ kind: 'success', text: t('shipFrom.saved') });
  }

  return (
    <form className="ship-from" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('shipFrom.title')}</h3>
      <p className="field-hint">{t('shipFrom.hint')}</p>
      {ROWS.map((row) => (
        <div key={row.join()} className={`ship-from-row ship-from-row-${row.length}`}>
          {row.map((field) => (
            <label key={field} className="field">
              <span className="field-label">{t(`shipFrom.field.${field}`)}</span>
              <input
                type="text"
                value={form[field]}
                maxLength={MAX_LENGTH[field]}
                autoComplete="off"
                onChange={(event) => setForm({ ...form, [field]: event.target.value })}
              />
            </label>
          ))}
        </div>
      ))}
      <FieldError message={error} />
      <div className="settings-buttons">
        <button type="submit">{t('shipFrom.save')}</button>
      </div>
    </form>
  );
}
