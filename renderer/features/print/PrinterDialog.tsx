// Adds or edits a printer. Main checks it (address per kind, paper per kind, receipt printers at
// 203 dpi…) and its message is shown here; the form only helps with hints and sensible defaults.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DPIS, type Dpi, MEDIA_IDS, type MediaId } from '../../../shared/domain/label/media.ts';
import type { PrinterConfig, PrinterKind, PrinterView } from '../../../shared/ipc/printing.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';
import { PinInput } from '../../ui/PinInput.tsx';
import { usePinField } from '../../ui/use-pin-field.ts';
import { usePrintersStore } from './use-printers-store.ts';

const KINDS: readonly PrinterKind[] = ['zpl', 'escpos', 'star', 'pdf-file', 'png-file'];

/** What a new printer of a kind usually is: a 4×6 Zebra, an 80 mm receipt roll, A4 PDFs… */
const TYPICAL: Record<PrinterKind, { media: MediaId; dpi: Dpi }> = {
  zpl: { media: 'label-4x6', dpi: 203 },
  escpos: { media: 'roll-80mm', dpi: 203 },
  star: { media: 'roll-80mm', dpi: 203 },
  'pdf-file': { media: 'a4', dpi: 300 },
  'png-file': { media: 'label-4x6', dpi: 203 },
};

/** Where file printers write, as main names it over IPC: `labels` or `labels/<folder>`. */
const LABELS_FOLDER = 'labels';

const writesFiles = (kind: PrinterKind) => kind === 'pdf-file' || kind === 'png-file';

export function PrinterDialog(props: { printer: PrinterView | null; onClose: () => void }) {
  const { printer, onClose } = props;
  const { t } = useTranslation(['print', 'common']);
  const save = usePrintersStore((state) => state.save);
  const [config, setConfig] = useState<PrinterConfig>(() => {
    if (!printer) return { name: '', kind: 'zpl', address: '', ...TYPICAL.zpl };
    const { defaultFor: _defaultFor, ...existing } = printer;
    return existing;
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Where the station sends what it prints is a supervisor's choice: main asks for the PIN.
  const pinField = usePinField();

  function change(patch: Partial<PrinterConfig>) {
    setConfig({ ...config, ...patch });
  }

  function changeKind(kind: PrinterKind) {
    // A code page belongs to a receipt printer; paper and resolution follow the kind, and a file
    // printer starts in the station's labels folder.
    const { codePage: _codePage, ...rest } = config;
    const receipt = kind === 'escpos' || kind === 'star';
    const inLabels = config.address === LABELS_FOLDER || config.address.startsWith(`${LABELS_FOLDER}/`);
    let address = config.address;
    if (writesFiles(kind) && !inLabels) address = LABELS_FOLDER;
    if (!writesFiles(kind) && inLabels) address = '';
    setConfig({ ...(receipt ? config : rest), kind, address, ...TYPICAL[kind] });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (config.name.trim() === '') return setError(t('print:printerForm.nameRequired'));
    if (config.address.trim() === '') return setError(t('print:printerForm.addressRequired'));
    if (pinField.missing) return setError(t('print:supervisor.pinRequired'));
    setBusy(true);
    const failure = await save({
      upsert: [{ ...config, name: config.name.trim(), address: config.address.trim() }],
      ...pinField.args(),
    });
    setBusy(false);
    pinField.answered(failure);
    if (failure) setError(failure.message);
    else onClose();
  }

  const fileKind = writesFiles(config.kind);
  return (
    <Dialog
      title={
        printer ? t('print:printerForm.editTitle', { name: printer.name }) : t('print:printerForm.addTitle')
      }
      onClose={onClose}
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <label htmlFor="printer-name">{t('print:printerForm.name')}</label>
        <input
          id="printer-name"
          type="text"
          value={config.name}
          maxLength={60}
          readOnly={printer !== null}
          autoComplete="off"
          onChange={(event) => change({ name: event.target.value })}
        />
        {printer && <p className="dialog-hint">{t('print:printerForm.nameFixed')}</p>}
        <label htmlFor="printer-kind">{t('print:printerForm.kind')}</label>
        <select
          id="printer-kind"
          value={config.kind}
          onChange={(event) => changeKind(event.target.value as PrinterKind)}
        >
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`print:printerKind.${kind}`)}
            </option>
          ))}
        </select>
        <label htmlFor="printer-address">
          {fileKind ? t('print:printerForm.folder') : t('print:printerForm.address')}
        </label>
        <input
          id="printer-address"
          type="text"
          value={config.address}
          spellCheck={false}
          autoComplete="off"
          placeholder={fileKind ? `${LABELS_FOLDER}/slips` : 'tcp://192.0.2.10:9100'}
          aria-describedby="printer-address-hint"
          onChange={(event) => change({ address: event.target.value })}
        />
        <p id="printer-address-hint" className="dialog-hint">
          {fileKind ? t('print:printerForm.folderHint') : t('print:printerForm.addressHint')}
        </p>
        <div className="printer-form-pair">
          <div>
            <label htmlFor="printer-media">{t('print:printerForm.media')}</label>
            <select
              id="printer-media"
              value={config.media}
              onChange={(event) => change({ media: event.target.value as MediaId })}
            >
              {MEDIA_IDS.map((media) => (
                <option key={media} value={media}>
                  {t(`print:media.${media}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="printer-dpi">{t('print:printerForm.dpi')}</label>
            <select
              id="printer-dpi"
              value={config.dpi}
              onChange={(event) => change({ dpi: Number(event.target.value) as Dpi })}
            >
              {DPIS.map((dpi) => (
                <option key={dpi} value={dpi}>
                  {t('print:printers.dpiValue', { dpi })}
                </option>
              ))}
            </select>
          </div>
        </div>
        {pinField.shown && (
          <PinInput
            label={t('print:supervisor.pin')}
            value={pinField.pin}
            onChange={pinField.setPin}
            hint={t('print:supervisor.pinHint')}
          />
        )}
        <DialogFooter
          error={error}
          onCancel={onClose}
          submitLabel={t('print:printerForm.save')}
          submitDisabled={busy}
        />
      </form>
    </Dialog>
  );
}
