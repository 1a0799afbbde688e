// Asks for what main needs before a guarded step: a reason and, for a supervisor's step, the PIN.
// Main's refusal is shown in the dialog, which stays open until the request went through.
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPERVISOR_PIN_PATTERN } from '../../shared/ipc/settings.ts';
import { Dialog, DialogFooter } from './Dialog.tsx';

const REASON_MIN = 3;

export function AskDialog(props: {
  title: string;
  lead: string;
  submitLabel: string;
  /** Ask for the supervisor PIN too. */
  pin?: boolean;
  tone?: 'normal' | 'danger';
  /** The reason may stay empty; words, when given, still need a few characters. */
  reasonOptional?: boolean;
  reasonLabel?: string;
  /** The button that leaves without doing it (default "Cancel"). */
  cancelLabel?: string;
  /** Fields above the PIN and reason (e.g. which action). */
  children?: ReactNode;
  /** Checks the fields in `children` before anything else: what is missing, or null. */
  check?: () => string | null;
  /** Resolves to main's error message, or null when done. */
  onSubmit: (answer: { pin: string; reason: string }) => Promise<string | null>;
  onClose: () => void;
}) {
  const { onSubmit, onClose } = props;
  const { t } = useTranslation('common');
  const pinId = useId();
  const reasonId = useId();
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = props.check?.() ?? null;
    if (missing) return setError(missing);
    if (props.pin && !SUPERVISOR_PIN_PATTERN.test(pin)) return setError(t('ask.pinRequired'));
    const text = reason.trim();
    const wordsNeeded = !props.reasonOptional || text.length > 0;
    if (wordsNeeded && text.length < REASON_MIN)
      return setError(t('ask.reasonRequired', { count: REASON_MIN }));
    setBusy(true);
    const failure = await onSubmit({ pin, reason: text });
    setBusy(false);
    if (failure) setError(failure);
    else onClose();
  }

  return (
    <Dialog title={props.title} onClose={onClose} tone={props.tone ?? 'normal'}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <p className="dialog-lead">{props.lead}</p>
        {props.children}
        {props.pin && (
          <>
            <label htmlFor={pinId}>{t('ask.pin')}</label>
            <input
              id={pinId}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              value={pin}
              onChange={(event) => setPin(event.target.value)}
            />
          </>
        )}
        <label htmlFor={reasonId}>{props.reasonLabel ?? t('ask.reason')}</label>
        <textarea
          id={reasonId}
          data-autofocus={props.pin || props.children ? undefined : ''}
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
          cancelLabel={props.cancelLabel}
        />
      </form>
    </Dialog>
  );
}
