// Asks why (a reprint, cancelling a print job): at least 3 characters, kept in main's ledger. Main's
// refusal is shown in the dialog, which stays open until the request went through.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';

export function ReasonDialog(props: {
  title: string;
  lead: string;
  submitLabel: string;
  /** The button that leaves without doing it (default "Cancel"). */
  closeLabel?: string;
  tone?: 'normal' | 'danger';
  /** Resolves to main's error message, or null when done. */
  onSubmit: (reason: string) => Promise<string | null>;
  onClose: () => void;
}) {
  const { onSubmit, onClose } = props;
  const { t } = useTranslation(['print', 'common']);
  const fieldId = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (text.length < 3) return setError(t('print:reason.required'));
    setBusy(true);
    const failure = await onSubmit(text);
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <Dialog title={props.title} onClose={onClose} tone={props.tone ?? 'normal'}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <p className="dialog-lead">{props.lead}</p>
        <label htmlFor={fieldId}>{t('print:reason.label')}</label>
        <textarea
          id={fieldId}
          data-autofocus
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
        />
        <DialogFooter
          error={error}
          onCancel={onClose}
          submitLabel={props.submitLabel}
          submitDisabled={busy}
          tone={props.tone === 'danger' ? 'danger' : undefined}
          cancelLabel={props.closeLabel ?? t('common:button.cancel')}
        />
      </form>
    </Dialog>
  );
}
