// The top of the shipment screen: the sales order number, big, the customer, how many of its
// fulfillment orders are here and, before any label is printed, an amber box with what is not: the
// orders outside every box (with their status and why) and those this station has not got.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutsideReason, ShipmentView } from '../../../shared/ipc/shipment.ts';
import { WarningIcon } from '../../ui/Icons.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';

const REASONS: readonly OutsideReason[] = ['closed', 'other-status', 'not-shipped-here'];

export function ShipmentHeader(props: { view: ShipmentView; back: ReactNode }) {
  const { view } = props;
  const { t } = useTranslation('shipment');
  const here = view.boxes.reduce((sum, box) => sum + box.orders.length, 0);
  const total = view.total ?? null;
  const counts = [
    total !== null ? t('here.ofTotal', { here, count: total }) : t('here.noTotal', { count: here }),
    view.missing !== null && view.missing > 0 && t('here.missing', { count: view.missing }),
    ...REASONS.map((reason) => {
      const count = view.outside.filter((order) => order.reason === reason).length;
      return count > 0 && t(`here.${reason}`, { count });
    }),
  ].filter((part): part is string => typeof part === 'string');

  return (
    <header className="shipment-header">
      <div className="shipment-title-row">
        <h1 className="shipment-number">
          <span className="visually-hidden">{t('salesOrder')} </span>
          {view.orderNumber}
        </h1>
        <span className="shipment-customer" title={view.customerName}>
          {view.customerName}
        </span>
        {props.back}
      </div>
      <p className="shipment-counts">{counts.join(' · ')}</p>
      <PartialShipment view={view} />
    </header>
  );
}

/** A partial shipment is stated plainly, above the boxes and their labels. */
function PartialShipment(props: { view: ShipmentView }) {
  const { view } = props;
  const { t } = useTranslation(['shipment', 'common']);
  const missing = view.missing ?? 0;
  if (view.outside.length === 0 && missing <= 0) return null;
  return (
    <section className="shipment-partial" aria-labelledby="shipment-partial-title">
      <h2 id="shipment-partial-title" className="shipment-partial-title">
        <WarningIcon />
        {t('partial.title', { number: view.orderNumber })}
      </h2>
      {view.outside.length > 0 && (
        <ul className="shipment-outside">
          {view.outside.map((order) => (
            <li key={order.orderId} className="shipment-outside-order">
              <span className="shipment-outside-id">{t('partial.order', { id: order.orderId })}</span>
              <StatusBadge status={order.effectiveStatus} />
              <span className="shipment-outside-type">
                {t(`common:transactionType.${order.transactionType}`, {
                  defaultValue: t('common:transactionTypeUnknown', { type: order.transactionType }),
                })}
              </span>
              <span className="shipment-outside-why">{t(`partial.why.${order.reason}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {missing > 0 && <p className="shipment-missing">{t('partial.missing', { count: missing })}</p>}
    </section>
  );
}
