// Which printer prints labels and which packing slips, and whether either prints by itself when an
// order is packed. Each change is saved at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, PrintersSaveArgs, PrintSettingsView } from '../../../shared/ipc/printing.ts';
import { FieldError } from '../../ui/SettingsCard.tsx';
import { usePrintersStore } from './use-printers-store.ts';

const KINDS: readonly DocumentKind[] = ['label', 'slip'];

export function PrintDefaults(props: { view: PrintSettingsView }) {
  const { view } = props;
  const { t } = useTranslation('print');
  const save = usePrintersStore((state) => state.save);
  const [error, setError] = useState<string | null>(null);

  async function saveChange(change: PrintersSaveArgs) {
    const failure = await save(change);
    setError(failure?.message ?? null);
  }

  const defaultFor = (kind: DocumentKind) =>
    view.printers.find((printer) => printer.defaultFor.includes(kind))?.name ?? '';

  return (
    <div className="print-defaults">
      <h3>{t('defaults.title')}</h3>
      {KINDS.map((kind) => (
        <label key={kind} className="field">
          <span className="field-label">{t(`defaults.printerFor.${kind}`)}</span>
          <select
            value={defaultFor(kind)}
            onChange={(event) => void saveChange({ defaults: { [kind]: event.target.value || null } })}
          >
            <option value="">{t('defaults.none')}</option>
            {view.printers.map((printer) => (
              <option key={printer.name} value={printer.name}>
                {printer.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <fieldset className="checkbox-list print-auto">
        <legend className="field-label">{t('defaults.autoTitle')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="checkbox">
            <input
              type="checkbox"
              checked={view.autoPrint[kind]}
              onChange={(event) => void saveChange({ autoPrint: { [kind]: event.target.checked } })}
            />
            {t(`defaults.auto.${kind}`)}
          </label>
        ))}
      </fieldset>
      <FieldError message={error} />
    </div>
  );
}
