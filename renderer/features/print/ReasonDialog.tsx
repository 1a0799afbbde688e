// Asks why (a reprint, cancelling a print job), kept in main's ledger. A reprint also picks a reason
// code, printed on the document (DAMAGED, JAM, LOST); the words are then optional, except for OTHER.
// Without codes the words are required, at least 3 characters. Main's refusal is shown in the
// dialog, which stays open until the request went through.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReprintCode } from '../../../shared/ipc/printing.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';

export function ReasonDialog(props: {
  title: string;
  lead: string;
  submitLabel: string;
  /** The button that leaves without doing it (default "Cancel"). */
  closeLabel?: string;
  tone?: 'normal' | 'danger';
  /** Reason codes to choose from (reprints); one must be picked. */
  codes?: readonly ReprintCode[];
  /** Resolves to main's error message, or null when done. `reason` is '' when the code says it all. */
  onSubmit: (reason: string, code?: ReprintCode) => Promise<string | null>;
  onClose: () => void;
}) {
  const { onSubmit, onClose, codes } = props;
  const { t } = useTranslation(['print', 'common']);
  const fieldId = useId();
  const [reason, setReason] = useState('');
  const [code, setCode] = useState<ReprintCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (codes && code === null) return setError(t('print:reason.codeRequired'));
    const wordsNeeded = !codes || code === 'OTHER';
    if ((wordsNeeded || text.length > 0) && text.length < 3) return setError(t('print:reason.required'));
    setBusy(true);
    const failure = await onSubmit(text, code ?? undefined);
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <Dialog title={props.title} onClose={onClose} tone={props.tone ?? 'normal'}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <p className="dialog-lead">{props.lead}</p>
        {codes && (
          <fieldset className="reason-codes">
            <legend>{t('print:reason.code')}</legend>
            {codes.map((value, index) => (
              <label key={value} className="reason-code">
                <input
                  data-autofocus={index === 0 ? true : undefined}
                  type="radio"
                  name="reason-code"
                  value={value}
                  checked={code === value}
                  onChange={() => setCode(value)}
                />
                {t(`print:reprintCode.${value}`)}
              </label>
            ))}
          </fieldset>
        )}
        <label htmlFor={fieldId}>
          {codes && code !== 'OTHER' ? t('print:reason.labelOptional') : t('print:reason.label')}
        </label>
        <textarea
          id={fieldId}
          data-autofocus={codes ? undefined : true}
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
