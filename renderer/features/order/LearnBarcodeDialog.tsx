// Teaches the station an unknown barcode: the packer picks the line it belongs to, a supervisor
// confirms with the PIN, and the scan is counted right away.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLines } from '../../../shared/domain/pick-progress.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { SUPERVISOR_PIN_PATTERN } from '../../../shared/ipc/settings.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';
import { pickedNow, useOrderStore } from './use-order-store.ts';

export function LearnBarcodeDialog(props: { detail: OrderDetail; code: string; onClose: () => void }) {
  const { detail, code, onClose } = props;
  const { t } = useTranslation(['picking', 'common']);
  const learnBarcode = useOrderStore((state) => state.learnBarcode);
  const saved = useOrderStore((state) => state.saved);
  const unsaved = useOrderStore((state) => state.unsaved);
  // Only lines that still need items and have a part number to link the code to.
  const lines = pickLines(detail.order, pickedNow({ saved, unsaved })).filter(
    (line) => !line.complete && line.partNumber,
  );
  const [line, setLine] = useState<number | null>(lines.length === 1 ? (lines[0]?.index ?? null) : null);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (line === null) {
      setError(t('learn.chooseLine'));
      return;
    }
    if (!SUPERVISOR_PIN_PATTERN.test(pin)) {
      setError(t('pinRequired'));
      return;
    }
    setBusy(true);
    const failure = await learnBarcode(line, code, pin);
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <Dialog title={t('learn.title')} onClose={onClose}>
      <form onSubmit={submit}>
        <p className="dialog-lead">{t('learn.lead', { code })}</p>
        {lines.length === 0 ? (
          <p className="dialog-error">{t('learn.noLines')}</p>
        ) : (
          <fieldset className="learn-lines">
            <legend>{t('learn.line')}</legend>
            {lines.map((option) => (
              <label key={option.index} className="learn-line">
                <input
                  type="radio"
                  name="learn-line"
                  value={option.index}
                  checked={line === option.index}
                  onChange={() => setLine(option.index)}
                  data-autofocus={
                    line === option.index || (line === null && option === lines[0]) ? '' : undefined
                  }
                />
                <span>
                  <strong>{option.name || option.partNumber}</strong>{' '}
                  <span className="learn-line-part">{t('partNumber', { value: option.partNumber })}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        <label htmlFor="learn-pin">{t('pin')}</label>
        <input
          id="learn-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          onChange={(event) => setPin(event.target.value)}
        />
        <DialogFooter
          error={error}
          onCancel={onClose}
          submitLabel={t('learn.submit')}
          submitDisabled={busy || lines.length === 0}
        />
      </form>
    </Dialog>
  );
}
