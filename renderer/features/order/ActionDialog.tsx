// Asks before an action that cannot be taken back, and asks `complete` for its activation date.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import { actionNeedsConfirmation, actionTakesActivationDate } from '../../../shared/domain/workflow.ts';
import { Dialog } from '../../ui/Dialog.tsx';

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
  orderNumber: string;
  onCancel: () => void;
  onConfirm: (activationDate: string | undefined) => void;
}) {
  const { action, orderNumber, onCancel, onConfirm } = props;
  const { t } = useTranslation(['order', 'common']);
  const withDate = actionTakesActivationDate(action);
  const [date, setDate] = useState(today);
  const label = t(`common:action.${action}`);
  const danger = actionNeedsConfirmation(action);

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
        {danger && <p className="dialog-lead">{t(`order:confirm.consequence.${action}`)}</p>}
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
            data-autofocus={danger ? '' : undefined}
          >
            {t('order:confirm.back')}
          </button>
          <button
            type="submit"
            className={danger ? 'danger' : undefined}
            data-autofocus={danger ? undefined : ''}
          >
            {label}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
