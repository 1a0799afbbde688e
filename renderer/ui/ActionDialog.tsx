// Asks before an action that needs the operator's word (cannot be undone, a delivery, a dispatch
// without a printed label), and asks `complete` for its activation date.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FulfillmentAction, FulfillmentStatus, Open } from '../../shared/api/equipme.ts';
import {
  actionLabel,
  actionTakesActivationDate,
  type ConfirmationReason,
} from '../../shared/domain/workflow.ts';
import { Dialog } from './Dialog.tsx';

/** Today in the station's time zone, as the date input writes it (YYYY-MM-DD). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Local midnight of the chosen day, with its zone: Equipme reads activation dates as UTC. */
export function activationDateTime(date: string): string {
  return new Date(`${date}T00:00:00`).toISOString();
}

export function ActionDialog(props: {
  action: FulfillmentAction;
  /** The status the action leaves (names the button: `process` is two steps). */
  from: Open<FulfillmentStatus>;
  /** Why the operator is asked; null when only the activation date is asked. */
  reason: ConfirmationReason | null;
  orderNumber: string;
  onCancel: () => void;
  onConfirm: (activationDate: string | undefined) => void;
}) {
  const { action, reason, orderNumber, onCancel, onConfirm } = props;
  const { t } = useTranslation(['order', 'common']);
  const withDate = actionTakesActivationDate(action);
  const [date, setDate] = useState(today);
  const label = t(`common:action.${actionLabel(action, props.from)}`);
  const danger = reason === 'cannot-undo';
  // Asked for the operator's word: focus the way back, so a key still held down cannot confirm.
  const asking = reason !== null;

  function submit(event: React.FormEvent) {
    event.preventDefault();
    onConfirm(withDate && date !== '' ? activationDateTime(date) : undefined);
  }

  return (
    <Dialog
      title={t('order:confirm.title', { action: label, order: orderNumber })}
      onClose={onCancel}
      tone={danger ? 'danger' : 'normal'}
    >
      <form onSubmit={submit}>
        {reason === 'cannot-undo' && (
          <p className="dialog-lead">{t(`order:confirm.consequence.${action}`)}</p>
        )}
        {reason === 'delivery' && <p className="dialog-lead">{t('order:confirm.delivery')}</p>}
        {reason === 'no-label' && <p className="dialog-lead">{t('order:confirm.noLabel')}</p>}
        {withDate && (
          <>
            <label htmlFor="activation-date">{t('order:confirm.activationDate')}</label>
            <input
              id="activation-date"
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
            <p className="dialog-hint">{t('order:confirm.activationDateHint')}</p>
          </>
        )}
        <div className="dialog-buttons">
          <button
            type="button"
            className="secondary"
            onClick={onCancel}
            data-autofocus={asking ? '' : undefined}
          >
            {t('order:confirm.back')}
          </button>
          <button
            type="submit"
            className={danger ? 'danger' : undefined}
            data-autofocus={asking ? undefined : ''}
          >
            {reason === 'no-label' ? t('order:confirm.dispatchWithoutLabel') : label}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
