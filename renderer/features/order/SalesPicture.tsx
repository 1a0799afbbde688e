// What the sales order and the customer add to the order: the customer's packing instructions
// (read and acknowledged before the label prints: main refuses the label until then), an inactive
// customer, the customer's note to the sales order, and its references. From the station's copies,
// with their age: offline, the last copy is what the screen shows.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { useOrderStore } from './use-order-store.ts';

/** A copy older than this says its age on the order screen. */
const STALE_AFTER_MS = 60 * 60_000;
const time = (at: string) => new Date(at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' });

export function SalesPicture(props: { detail: OrderDetail }) {
  const { salesOrder, customer, instructionsAcknowledged, instructionsDigest } = props.detail.sales;
  const { t } = useTranslation(['order']);
  const [problem, setProblem] = useState<string | null>(null);
  const acknowledge = async () => {
    if (instructionsDigest === null) return;
    setProblem(await useOrderStore.getState().acknowledgeInstructions(instructionsDigest));
  };
  const instructions = customer.state === 'copy' ? customer.instructions : [];

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
      {salesOrder.state === 'not-found' && (
        <p className="order-fact order-fact-muted">{t('order:sales.salesOrderNotFound')}</p>
      )}
    </>
  );
}

/** The customer's note to the whole sales order, beside the partner note. */
export function SalesOrderNote(props: { detail: OrderDetail }) {
  const { salesOrder } = props.detail.sales;
  const { t } = useTranslation(['order']);
  if (salesOrder.state !== 'copy' || !salesOrder.note) return null;
  return (
    <p className="order-note" title={t('order:sales.noteOf', { number: salesOrder.orderNumber })}>
      <strong className="order-note-title">{t('order:sales.note')}</strong>
      <span className="order-note-text">{salesOrder.note}</span>
    </p>
  );
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
