// The top of the order screen: the order number, big, and everything that changes how to pack it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { OutboxEntryState } from '../../../shared/ipc/outbox.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { ShopStatusAsSent, ShopStepBadge } from '../../ui/ShopStepBadge.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import { statusName } from '../../ui/status-name.ts';
import { LockBanner } from './LockBanner.tsx';
import { InactiveCustomer, SalesFacts, SalesOrderNote, SalesPicture } from './SalesPicture.tsx';
import './order-header-number.css';

const UNSENT: ReadonlySet<OutboxEntryState> = new Set(['pending', 'sending', 'held', 'failed']);

export function OrderHeader(props: { detail: OrderDetail; back: ReactNode }) {
  const { detail } = props;
  const { order } = detail;
  const { t } = useTranslation(['order', 'common']);
  const unsent = detail.entries.filter((entry) => UNSENT.has(entry.state));
  const stuck = unsent.filter((entry) => entry.state === 'failed' || entry.state === 'held');
  const failed = unsent.filter((entry) => entry.state === 'failed').length;
  const note = order.partnerNote?.trim();

  return (
    <header className="order-header">
      <div className="order-title-row">
        <h1 className="order-number">
          <span className="visually-hidden">{t('order:orderNumber')} </span>
          {order.order.orderNumber}{' '}
          {detail.shop ? (
            // A shop order is known by its shop and the shop's own id; the station's key is no name.
            <span className="order-fulfillment-id">
              {t(`order:shop.shopNames.${detail.shop.source}`)} {detail.shop.id}
            </span>
          ) : (
            <span className="order-fulfillment-id" title={t('order:fulfillmentId', { id: order.id })}>
              #{order.id}
            </span>
          )}
        </h1>
        {detail.shop ? (
          <>
            <ShopStepBadge status={detail.effectiveStatus} />
            <ShopStatusAsSent source={detail.shop.source} status={detail.shop.status} />
          </>
        ) : (
          // A locked order is where Equipme says it is: this station's own steps no longer count.
          <StatusBadge status={detail.lock?.serverStatus ?? detail.effectiveStatus} />
        )}
        {unsent.length > 0 && (
          <span className={`order-pending${failed > 0 ? ' order-pending-failed' : ''}`} role="status">
            {/* The header's outbox pill words: a failed step is not "waiting to be sent". */}
            {failed === 0
              ? t('order:pending', { count: unsent.length })
              : failed === unsent.length
                ? t('common:pending.failed', { count: failed })
                : t('common:pending.failedAndToSend', { failed, toSend: unsent.length - failed })}
          </span>
        )}
        {!detail.shop && !detail.lock && detail.serverStatus !== detail.effectiveStatus && (
          <span className="order-server-status">
            {t('order:serverStatus', { status: statusName(t, detail.serverStatus) })}
          </span>
        )}
        {props.back}
      </div>
      <div className="order-facts">
        <span className="order-customer">{order.customer.name}</span>
        <span className="order-fact">
          {t(`common:transactionType.${order.transactionType}`, {
            defaultValue: t('common:transactionTypeUnknown', { type: order.transactionType }),
          })}
        </span>
        {order.fulfillmentType === 'in-house' && (
          <span className="order-fact">{t('order:fulfillment.in-house')}</span>
        )}
        {order.isPreorder === true && <span className="order-preorder">{t('order:preorder')}</span>}
        <InactiveCustomer detail={detail} />
        <span className="order-fact order-fact-muted">
          {[firstProductName(order), order.externalId && t('order:externalId', { id: order.externalId })]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <SalesFacts detail={detail} />
      </div>
      {/* Before anything else on the order: a locked order must not be packed. */}
      {detail.lock && <LockBanner detail={detail} lock={detail.lock} />}
      {order.fulfillmentType === 'dropshipping' && (
        <p className="order-warning order-warning-strong" role="note">
          {t('order:fulfillment.dropshipping')}
        </p>
      )}
      {stuck.map((entry) => (
        <p key={entry.id} className="order-warning" role="alert">
          {t('order:stuck', {
            action: t(`common:action.${actionLabel(entry.action, entry.statusBefore)}`),
            reason: entry.lastError?.trim() || t('order:stuckNoReason'),
          })}{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => useNavigationStore.getState().openOutbox()}
          >
            {t('order:openOutbox')}
          </button>
        </p>
      ))}
      <SalesPicture detail={detail} />
      {/* The two notes side by side: what the partner and what the customer asked. */}
      <div className="order-notes">
        {note && (
          <p className="order-note">
            <strong className="order-note-title">{t('order:partnerNote')}</strong>
            <span className="order-note-text">{note}</span>
          </p>
        )}
        <SalesOrderNote detail={detail} />
      </div>
    </header>
  );
}

/** With the fulfillment id, the first product tells orders of one sales order apart. */
function firstProductName(order: OrderDetail['order']): string | undefined {
  return order.bomItems?.find((item) => item.product?.name)?.product?.name;
}
