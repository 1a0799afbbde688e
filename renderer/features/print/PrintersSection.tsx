// Settings → Printers: the station's printers (add, edit, remove, test print, status), which printer
// prints labels and which packing slips, auto-print, and the ship-from address on every label.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrinterView } from '../../../shared/ipc/printing.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { PinInput } from '../../ui/PinInput.tsx';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { usePinField } from '../../ui/use-pin-field.ts';
import { PrintDefaults } from './PrintDefaults.tsx';
import { PrinterDialog } from './PrinterDialog.tsx';
import { PrinterList } from './PrinterList.tsx';
import { ShipFromForm } from './ShipFromForm.tsx';
import { usePrintersStore } from './use-printers-store.ts';
import './printers.css';

export function PrintersSection() {
  const { t } = useTranslation(['print', 'common']);
  const view = usePrintersStore((state) => state.view);
  const loadError = usePrintersStore((state) => state.loadError);
  const load = usePrintersStore((state) => state.load);
  const [editing, setEditing] = useState<PrinterView | 'new' | null>(null);
  const [removing, setRemoving] = useState<PrinterView | null>(null);

  useEffect(() => {
    void usePrintersStore.getState().load();
  }, []);

  return (
    <SettingsCard title={t('printers.title')}>
      {loadError && (
        <div className="printers-load-error">
          <FieldError message={loadError} />
          <button type="button" className="secondary" onClick={() => void load()}>
            {t('common:button.retry')}
          </button>
        </div>
      )}
      {!view && !loadError && <p>{t('common:loading')}</p>}
      {view && (
        <div className="printers-layout">
          <div className="printers-main">
            <PrinterList printers={view.printers} onEdit={setEditing} onRemove={setRemoving} />
            <div className="settings-buttons">
              <button type="button" onClick={() => setEditing('new')}>
                {t('printers.add')}
              </button>
            </div>
          </div>
          <div className="printers-side">
            <PrintDefaults view={view} />
            <ShipFromForm shipFrom={view.shipFrom} />
          </div>
        </div>
      )}
      {editing && (
        <PrinterDialog printer={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      {removing && <RemovePrinterDialog printer={removing} onClose={() => setRemoving(null)} />}
    </SettingsCard>
  );
}

function RemovePrinterDialog(props: { printer: PrinterView; onClose: () => void }) {
  const { printer, onClose } = props;
  const { t } = useTranslation(['print', 'common']);
  const save = usePrintersStore((state) => state.save);
  const [error, setError] = useState<string | null>(null);
  const pinField = usePinField();

  async function remove() {
    if (pinField.missing) return setError(t('print:supervisor.pinRequired'));
    const failure = await save({ remove: [printer.name], ...pinField.args() });
    pinField.answered(failure);
    if (failure) setError(failure.message);
    else onClose();
  }

  return (
    <Dialog title={t('print:printers.removeTitle', { name: printer.name })} onClose={onClose} tone="danger">
      <p className="dialog-lead">
        {printer.defaultFor.length > 0 ? t('print:printers.removeDefault') : t('print:printers.removeLead')}
      </p>
      {pinField.shown && (
        <PinInput
          label={t('print:supervisor.pin')}
          value={pinField.pin}
          onChange={pinField.setPin}
          hint={t('print:supervisor.pinHint')}
        />
      )}
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="secondary" data-autofocus onClick={onClose}>
          {t('print:printers.keep')}
        </button>
        <button type="button" className="danger" onClick={() => void remove()}>
          {t('print:printers.remove')}
        </button>
      </div>
    </Dialog>
  );
}
