// What the sales order and the customer add to the order: the customer's packing instructions
// (read and acknowledged before the label prints: main refuses the label until then), an inactive
// customer, the customer's note to the sales order, and its references. From the station's copies,
// with their age: offline, the last copy is what the screen shows.
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { PackingInstructions, SalesOrderNote as UiSalesOrderNote } from '../../ui/SalesNotes.tsx';
import { useOrderStore } from './use-order-store.ts';

/** A copy older than this says its age on the order screen. */
const STALE_AFTER_MS = 60 * 60_000;
const time = (at: string) => new Date(at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });

export function SalesPicture(props: { detail: OrderDetail }) {
  const { salesOrder, customer, instructionsAcknowledged, instructionsDigest } = props.detail.sales;
  const { t } = useTranslation(['order']);
  const acknowledge = async () =>
    instructionsDigest === null ? null : useOrderStore.getState().acknowledgeInstructions(instructionsDigest);

  return (
    <>
      {customer.state === 'copy' && (
        <PackingInstructions
          customerName={customer.name}
          instructions={customer.instructions}
          acknowledged={
            instructionsAcknowledged &&
            t('order:sales.acknowledged', {
              by: instructionsAcknowledged.by,
              at: time(instructionsAcknowledged.at),
            })
          }
          onAcknowledge={acknowledge}
        />
      )}
      {salesOrder.state === 'not-found' && (
        <p className="order-fact order-fact-muted">{t('order:sales.salesOrderNotFound')}</p>
      )}
    </>
  );
}

/** The customer's note to the whole sales order, beside the partner note. */
export function SalesOrderNote(props: { detail: OrderDetail }) {
  return <UiSalesOrderNote salesOrder={props.detail.sales.salesOrder} />;
}

/** Beside the customer's name: Equipme marks the customer inactive. */
export function InactiveCustomer(props: { detail: OrderDetail }) {
  const { customer } = props.detail.sales;
  const { t } = useTranslation(['order']);
  if (customer.state !== 'copy' || !customer.inactive) return null;
  return (
    <span className="order-preorder" role="note" title={t('order:sales.inactiveCustomerWhy')}>
      {t('order:sales.inactiveCustomer')}
    </span>
  );
}

/** In the order's facts row: the sales order's references and how old the copies are. */
export function SalesFacts(props: { detail: OrderDetail }) {
  const { salesOrder, customer } = props.detail.sales;
  const { t } = useTranslation(['order']);
  const facts =
    salesOrder.state === 'copy'
      ? [
          salesOrder.customerOrderNumber &&
            t('order:sales.customerReference', { ref: salesOrder.customerOrderNumber }),
          salesOrder.orderedBy && t('order:sales.orderedBy', { name: salesOrder.orderedBy }),
          salesOrder.fulfillmentOrders !== null &&
            t('order:sales.fulfillmentOrders', {
              count: salesOrder.fulfillmentOrders,
              number: salesOrder.orderNumber,
            }),
        ].filter(Boolean)
      : [];
  const copiedAt = [salesOrder, customer].flatMap((view) => (view.state === 'copy' ? [view.fetchedAt] : []));
  const oldest = copiedAt.sort()[0];
  // The age matters once a copy is old (offline for a while): a fresh one goes unsaid.
  const aged = oldest !== undefined && Date.now() - Date.parse(oldest) > STALE_AFTER_MS ? oldest : undefined;
  if (facts.length === 0 && !aged) return null;
  const text = [...facts, aged && t('order:sales.copyAge', { at: time(aged) })].filter(Boolean).join(' · ');
  return (
    <span className="order-fact order-fact-muted order-sales-facts" title={text}>
      {text}
    </span>
  );
}
