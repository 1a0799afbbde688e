// The buttons that move the order on: the workflow's next step big, the others beside it, exactly
// the actions main allows (none while the order is locked or its status is unknown). Closing or
// dispatching a parcel waits for a verified pick list (or a supervisor's override). One press is
// one step: after a change the buttons settle first (use-press-guard.ts), and what needs the
// operator's word asks in a dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FulfillmentAction, FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import { traitsOf } from '../../../shared/domain/lifecycle.ts';
import { isVerified, orderProgress, pickLines } from '../../../shared/domain/pick-progress.ts';
import {
  actionLabel,
  actionTakesActivationDate,
  type ConfirmationReason,
  confirmationReason,
  nextStep,
  requiresVerification,
} from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { ActionDialog } from '../../ui/ActionDialog.tsx';
import { statusName } from '../../ui/status-name.ts';
import { usePressGuard } from '../../ui/use-press-guard.ts';
import { OverrideDialog } from './OverrideDialog.tsx';
import { SupervisorActionDialog } from './SupervisorActionDialog.tsx';
import { pickedNow, useOrderStore } from './use-order-store.ts';

export function OrderActions(props: { detail: OrderDetail }) {
  const { detail } = props;
  const { order, effectiveStatus } = detail;
  const { t } = useTranslation(['order', 'common']);
  const saved = useOrderStore((state) => state.saved);
  const unsaved = useOrderStore((state) => state.unsaved);
  const sending = useOrderStore((state) => state.sending);
  const actionError = useOrderStore((state) => state.actionError);
  const runAction = useOrderStore((state) => state.runAction);
  const labelPrintedNow = useOrderStore((state) => state.labelPrinted);
  const [asking, setAsking] = useState<Asking | null>(null);
  const guard = usePressGuard(effectiveStatus);
  const label = (action: FulfillmentAction) => t(`common:action.${actionLabel(action, effectiveStatus)}`);
  const [overriding, setOverriding] = useState(false);
  const [choosing, setChoosing] = useState(false);

  const traits = traitsOf(order);
  const actions = detail.allowedActions;
  const next = nextStep(effectiveStatus, traits);
  const primary = next !== null && actions.includes(next) ? next : null;
  const picked = pickedNow({ saved, unsaved });
  const verified = isVerified(order, picked, detail.verificationOverride !== null);
  const progress = orderProgress(pickLines(order, picked));
  const blocked = (action: FulfillmentAction) =>
    !verified && requiresVerification(order, action, effectiveStatus);
  const blockedAction = actions.find(blocked);

  function press(action: FulfillmentAction) {
    if (!guard.accept()) return;
    // The status this press was made on, sent along so main can refuse a press the order has left.
    const seenStatus = effectiveStatus;
    const go = (labelPrinted: boolean) => {
      const reason = confirmationReason(action, { labelPrinted });
      if (reason !== null || actionTakesActivationDate(action)) setAsking({ action, reason, seenStatus });
      else void runAction(action, { seenStatus });
    };
    // Only a dispatch depends on the label: look at the print ledger for it, answer the others at once.
    if (action === 'dispatchDelivery') void labelPrintedNow().then(go);
    else go(false);
  }

  return (
    <section className="order-actions" aria-labelledby="order-actions-title">
      <h2 id="order-actions-title">{t('order:actions.title')}</h2>
      {detail.lock && (
        <p className="order-actions-locked" role="note">
          {t('order:actions.locked')}
        </p>
      )}
      {detail.unknownReason && (
        <p className="order-actions-unknown" role="note">
          {detail.unknownReason}
        </p>
      )}
      {actions.length === 0 && !detail.lock && !detail.unknownReason && (
        <p className="order-actions-none">
          {t('order:actions.none', { status: statusName(t, effectiveStatus) })}
        </p>
      )}
      {next === null && actions.length > 0 && traits.isPreorder && (
        <p className="order-actions-none">{t('order:actions.preorderWaits')}</p>
      )}
      {blockedAction && (
        <div className="order-verify-needed" role="note">
          <p>
            {t('order:actions.verifyFirst', {
              action: label(blockedAction),
              picked: progress.picked,
              total: progress.total,
            })}
          </p>
          <button type="button" className="secondary" onClick={() => setOverriding(true)}>
            {t('order:override.open')}
          </button>
        </div>
      )}
      <div className="order-action-buttons">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={actionClass(action, primary)}
            disabled={sending !== null || blocked(action)}
            aria-disabled={guard.settled ? undefined : true}
            aria-busy={sending === action}
            {...guard.handlers}
            onClick={() => press(action)}
          >
            {label(action)}
          </button>
        ))}
      </div>
      {detail.supervisorActions.length > 0 && (
        <button type="button" className="secondary order-supervisor-open" onClick={() => setChoosing(true)}>
          {t('order:supervisor.open')}
        </button>
      )}
      {actionError && (
        <p className="order-action-error" role="alert">
          {actionError}
        </p>
      )}
      {asking && (
        <ActionDialog
          action={asking.action}
          from={asking.seenStatus}
          reason={asking.reason}
          orderNumber={order.order.orderNumber}
          onCancel={() => setAsking(null)}
          onConfirm={(activationDate) => {
            setAsking(null);
            void runAction(asking.action, {
              seenStatus: asking.seenStatus,
              ...(activationDate ? { activationDate } : {}),
              confirmed: asking.reason !== null,
            });
          }}
        />
      )}
      {choosing && <SupervisorActionDialog detail={detail} onClose={() => setChoosing(false)} />}
      {overriding && <OverrideDialog progress={progress} onClose={() => setOverriding(false)} />}
    </section>
  );
}

interface Asking {
  action: FulfillmentAction;
  reason: ConfirmationReason | null;
  seenStatus: Open<FulfillmentStatus>;
}

function actionClass(action: FulfillmentAction, primary: FulfillmentAction | null): string {
  if (action === primary) return 'order-action order-action-primary';
  if (action === 'cancel') return 'order-action secondary order-action-cancel';
  return 'order-action secondary';
}
