// A +1 by hand skips the scan that proves the item is in the box: while the station setting "a
// count by hand needs a supervisor" is on (the default), a supervisor enters the PIN for it. Main
// checks the PIN and marks the count as by hand, on the line and in the audit log.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickLine } from '../../../shared/domain/pick-progress.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';
import { PinInput } from '../../ui/PinInput.tsx';
import { useOrderStore } from './use-order-store.ts';

export function ManualCountDialog(props: { line: PickLine }) {
  const { line } = props;
  const { t } = useTranslation('picking');
  const countByHand = useOrderStore((state) => state.countByHand);
  const cancel = useOrderStore((state) => state.cancelManual);
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = line.name || line.partNumber || t('noName');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pin === '') return setError(t('pinRequired'));
    setBusy(true);
    const failure = await countByHand(line.index, pin);
    setBusy(false);
    if (failure) {
      setPin('');
      setError(failure);
    }
  }

  return (
    <Dialog title={t('manual.title')} onClose={cancel}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <p className="dialog-lead">{t('manual.lead', { name })}</p>
        <PinInput label={t('pin')} value={pin} onChange={setPin} hint={t('manual.hint')} />
        <DialogFooter
          error={error}
          onCancel={cancel}
          submitLabel={t('manual.submit')}
          submitDisabled={busy}
        />
      </form>
    </Dialog>
  );
}
