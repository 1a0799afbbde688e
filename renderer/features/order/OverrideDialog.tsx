// A supervisor lets an incompletely verified order through: PIN and a reason, both audited in main.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickProgress } from '../../../shared/domain/pick-progress.ts';
import { SUPERVISOR_PIN_PATTERN } from '../../../shared/ipc/settings.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';
import { useOrderStore } from './use-order-store.ts';

export function OverrideDialog(props: { progress: PickProgress; onClose: () => void }) {
  const { progress, onClose } = props;
  const { t } = useTranslation(['order', 'common']);
  const override = useOrderStore((state) => state.override);
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!SUPERVISOR_PIN_PATTERN.test(pin)) return setError(t('order:override.pinRequired'));
    if (reason.trim().length < 3) return setError(t('order:override.reasonRequired'));
    setBusy(true);
    const failure = await override(pin, reason.trim());
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <Dialog title={t('order:override.title')} onClose={onClose} tone="danger">
      <form onSubmit={submit}>
        <p className="dialog-lead">
          {t('order:override.lead', { picked: progress.picked, total: progress.total })}
        </p>
        <label htmlFor="override-pin">{t('order:override.pin')}</label>
        <input
          id="override-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          value={pin}
          onChange={(event) => setPin(event.target.value)}
        />
        <label htmlFor="override-reason">{t('order:override.reason')}</label>
        <textarea
          id="override-reason"
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
        />
        <DialogFooter
          error={error}
          onCancel={onClose}
          submitLabel={t('order:override.submit')}
          submitDisabled={busy}
          tone="danger"
        />
      </form>
    </Dialog>
  );
}
