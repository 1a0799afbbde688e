// "Send another action": our lifecycle table is an assumption, Equipme is the authority. A
// supervisor picks an action the table does not offer, with PIN and reason; Equipme decides.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FulfillmentAction } from '../../../shared/api/equipme.ts';
import { actionLabel } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { AskDialog } from '../../ui/AskDialog.tsx';
import { statusName } from '../../ui/status-name.ts';
import { useOrderStore } from './use-order-store.ts';

export function SupervisorActionDialog(props: { detail: OrderDetail; onClose: () => void }) {
  const { detail, onClose } = props;
  const { t } = useTranslation(['order', 'common']);
  const supervisorAction = useOrderStore((state) => state.supervisorAction);
  const actions = detail.supervisorActions;
  const [action, setAction] = useState<FulfillmentAction | ''>('');
  const selectId = useId();

  return (
    <AskDialog
      title={t('order:supervisor.title', { order: detail.order.order.orderNumber })}
      lead={t('order:supervisor.lead', { status: statusName(t, detail.effectiveStatus) })}
      submitLabel={t('order:supervisor.submit')}
      pin
      tone="danger"
      onSubmit={({ pin, reason }) =>
        action === ''
          ? Promise.resolve(t('order:supervisor.chooseFirst'))
          : supervisorAction(action, pin, reason)
      }
      onClose={onClose}
    >
      <label htmlFor={selectId}>{t('order:supervisor.action')}</label>
      <select
        id={selectId}
        data-autofocus
        value={action}
        onChange={(event) => setAction(event.target.value as FulfillmentAction | '')}
      >
        <option value="">{t('order:supervisor.choose')}</option>
        {actions.map((choice) => (
          <option key={choice} value={choice}>
            {t(`common:action.${actionLabel(choice, detail.effectiveStatus)}`)}
          </option>
        ))}
      </select>
    </AskDialog>
  );
}
