// The step that moves every order of a box on together (start picking, mark packed, dispatch): one
// press, one step for each order, with the order screen's guards — the buttons settle after a change
// (use-press-guard.ts), main refuses a press the box has left (`seenStatus`), and a step that needs
// the packer's word (a dispatch without a printed label, one that cannot be undone) asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FulfillmentAction, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import {
  actionLabel,
  type ConfirmationReason,
  confirmationReason,
  labelPrinted,
  requiresVerification,
} from '../../../shared/domain/workflow.ts';
import type { ShipmentBox } from '../../../shared/ipc/shipment.ts';
import { ActionDialog } from '../../ui/ActionDialog.tsx';
import { usePressGuard } from '../../ui/use-press-guard.ts';
import { boxKey, useShipmentStore } from './use-shipment-store.ts';

/** Every boxed order is shipped from this station (shared/domain/shipment-boxes.ts): an outbound order. */
const SHIPPED_HERE = { transactionType: 'order', fulfillmentType: 'in-house' } as const;

interface Asking {
  action: FulfillmentAction;
  seenStatus: FulfillmentStatus;
  reason: ConfirmationReason;
}

export function BoxStep(props: { box: ShipmentBox; orderNumber: string }) {
  const { box } = props;
  const { t } = useTranslation(['shipment', 'common']);
  const key = boxKey(box);
  const sending = useShipmentStore((state) => state.stepping === key);
  const busy = useShipmentStore((state) => state.stepping !== null);
  const error = useShipmentStore((state) => state.stepErrors[key] ?? null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const guard = usePressGuard(box.orders.map((order) => order.effectiveStatus).join(','));
  const step = box.nextStep;
  const locked = box.orders.find((order) => order.lock !== null);
  const verified = box.orders.filter((order) => order.verified).length;
  const unverified =
    step !== null &&
    requiresVerification(SHIPPED_HERE, step.action, step.from) &&
    verified < box.orders.length;

  function press() {
    if (step === null || !guard.accept()) return;
    // The status this press was made on: main refuses it when the box's orders have left it.
    const { action, from: seenStatus } = step;
    const reason = confirmationReason(action, { labelPrinted: labelPrinted(box.label ? [box.label] : []) });
    if (reason !== null) setAsking({ action, seenStatus, reason });
    else void useShipmentStore.getState().step(box, { action, seenStatus });
  }

  return (
    <section className="shipment-step" aria-label={t('step.title')}>
      {step === null && <p className="shipment-step-note">{t('step.mixed')}</p>}
      {locked && (
        <p className="shipment-step-note shipment-step-locked" role="note">
          {t('step.locked', { id: locked.orderId })}
        </p>
      )}
      {unverified && !locked && (
        <p className="shipment-step-note" role="note">
          {t('step.verifyFirst', { verified, count: box.orders.length })}
        </p>
      )}
      {step !== null && (
        <button
          type="button"
          className="shipment-step-button"
          disabled={busy || locked !== undefined || unverified}
          aria-disabled={guard.settled ? undefined : true}
          aria-busy={sending}
          {...guard.handlers}
          onClick={press}
        >
          {sending
            ? t('step.sending')
            : t('step.button', {
                action: t(`common:action.${actionLabel(step.action, step.from)}`),
                count: box.orders.length,
              })}
        </button>
      )}
      {error && (
        <p className="shipment-step-error" role="alert">
          {error}
        </p>
      )}
      {asking && (
        <ActionDialog
          action={asking.action}
          from={asking.seenStatus}
          reason={asking.reason}
          orderNumber={props.orderNumber}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            void useShipmentStore
              .getState()
              .step(box, { action: asking.action, seenStatus: asking.seenStatus, confirmed: true });
          }}
        />
      )}
    </section>
  );
}
