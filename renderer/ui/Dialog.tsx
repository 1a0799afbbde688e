// Shared UI part (every feature imports it from here). A modal dialog that keeps the keyboard
// inside: Tab cycles through its controls, Escape closes it, and focus returns to where it was
// when it closes.
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  tone?: 'normal' | 'danger';
}) {
  const { onClose } = props;
  const titleId = useId();
  const boxRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const box = boxRef.current;
    const first =
      box?.querySelector<HTMLElement>('[data-autofocus]') ?? box?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => previous?.focus();
  }, []);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !boxRef.current) return;
    const items = [...boxRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={boxRef}
        className={`dialog dialog-${props.tone ?? 'normal'}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {props.title}
        </h2>
        {props.children}
      </div>
    </div>
  );
}

/** The end of a dialog's form: the problem found (by the form or by main), then Cancel and submit. */
export function DialogFooter(props: {
  error: string | null | undefined;
  onCancel(): void;
  submitLabel: string;
  submitDisabled?: boolean;
  tone?: 'danger';
  cancelLabel?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {props.error && (
        <p className="dialog-error" role="alert">
          {props.error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" className="secondary" onClick={props.onCancel}>
          {props.cancelLabel ?? t('common:button.cancel')}
        </button>
        <button type="submit" className={props.tone} disabled={props.submitDisabled}>
          {props.submitLabel}
        </button>
      </div>
    </>
  );
}
