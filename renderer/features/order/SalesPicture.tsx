// What the sales order and the customer add to the order: the customer's packing instructions
// (read and acknowledged before the label prints: main refuses the label until then), an inactive
// customer, the customer's note to the sales order, and its references. From the station's copies,
// with their age: offline, the last copy is what the screen shows.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { useOrderStore } from './use-order-store.ts';

export function SalesPicture(props: { detail: OrderDetail }) {
  const { salesOrder, customer, instructionsAcknowledged, instructionsDigest } = props.detail.sales;
  const { t } = useTranslation(['order']);
  const [problem, setProblem] = useState<string | null>(null);
  const time = (at: string) => new Date(at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });
  const acknowledge = async () => {
    if (instructionsDigest === null) return;
    setProblem(await useOrderStore.getState().acknowledgeInstructions(instructionsDigest));
  };
  const instructions = customer.state === 'copy' ? customer.instructions : [];
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

  return (
    <>
      {instructions.length > 0 && customer.state === 'copy' && (
        <section
          className={`order-instructions${instructionsAcknowledged ? ' order-instructions-read' : ''}`}
          aria-label={t('order:sales.instructionsTitle', { customer: customer.name })}
        >
          <strong className="order-note-title">
            {t('order:sales.instructionsTitle', { customer: customer.name })}
          </strong>
          {instructions.map((instruction) => (
            <p key={instruction.key} className="order-instructions-text">
              {instruction.text}
            </p>
          ))}
          {instructionsAcknowledged ? (
            <span className="order-instructions-ack" role="status">
              {t('order:sales.acknowledged', {
                by: instructionsAcknowledged.by,
                at: time(instructionsAcknowledged.at),
              })}
            </span>
          ) : (
            <button type="button" className="primary" onClick={() => void acknowledge()}>
              {t('order:sales.acknowledge')}
            </button>
          )}
          {problem && (
            <span className="order-instructions-problem" role="alert">
              {problem}
            </span>
          )}
        </section>
      )}
      {customer.state === 'copy' && customer.inactive && (
        <p className="order-warning" role="note">
          {t('order:sales.inactiveCustomer', { customer: customer.name })}
        </p>
      )}
      {salesOrder.state === 'copy' && salesOrder.note && (
        <p className="order-note">
          <strong className="order-note-title">
            {t('order:sales.note', { number: salesOrder.orderNumber })}
          </strong>
          <span className="order-note-text">{salesOrder.note}</span>
        </p>
      )}
      {(facts.length > 0 || oldest) && (
        <p className="order-fact order-fact-muted order-sales-facts">
          {[...facts, oldest && t('order:sales.copyAge', { at: time(oldest) })].filter(Boolean).join(' · ')}
        </p>
      )}
      {salesOrder.state === 'not-found' && (
        <p className="order-fact order-fact-muted">{t('order:sales.salesOrderNotFound')}</p>
      )}
    </>
  );
}
