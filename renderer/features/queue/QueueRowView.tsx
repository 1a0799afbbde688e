import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueRow } from '../../../shared/ipc/orders.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { ClockIcon, WarningIcon } from '../../ui/Icons.tsx';
import { ShopStepBadge } from '../../ui/ShopStepBadge.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';

/** A row renders again only when its answer is new (not when the selection moves, or a key is typed). */
export const QueueRowView = memo(function QueueRowView(props: { row: QueueRow }) {
  const { row } = props;
  const { t, i18n } = useTranslation(['queue', 'common']);
  const destination = [row.country, row.postalCode].filter(Boolean).join(' ');
  return (
    <>
      <span className="queue-cell queue-cell-order" title={orderTitle(row)}>
        <span className="queue-cell">
          <span className="queue-order-number">{row.orderNumber}</span>
          {/* A shop order's key means nothing outside this station: its order number names it. */}
          {row.source === 'equipme' && <span className="queue-fulfillment-id">#{row.id}</span>}
        </span>
        {/* On the second line: the order number keeps the first line's width whole. */}
        <span className="queue-first-product">
          <span className={`queue-source queue-source-${row.source}`}>{t(`source.name.${row.source}`)}</span>
          {row.firstProduct}
        </span>
      </span>
      <span className="queue-cell queue-cell-customer" title={row.customerName}>
        {row.customerName}
      </span>
      <span className="queue-cell queue-cell-type">
        {t(`common:transactionType.${row.transactionType}`, {
          defaultValue: t('common:transactionTypeUnknown', { type: row.transactionType }),
        })}
        {row.isPreorder && <span className="queue-preorder">{t('row.preorder')}</span>}
      </span>
      <span className="queue-cell">
        {row.source === 'equipme' ? (
          <StatusBadge status={row.effectiveStatus} />
        ) : (
          <ShopStepBadge status={row.effectiveStatus} />
        )}
      </span>
      <span className="queue-cell">{row.locationName ?? '—'}</span>
      <span className="queue-cell">{destination || '—'}</span>
      <span className="queue-cell queue-cell-date">{formatDateTime(row.created, i18n.language)}</span>
      <span className="queue-cell queue-cell-markers">
        {row.lock !== null && (
          <span className="queue-marker queue-marker-conflict" title={t(`row.lockedTitle.${row.lock}`)}>
            <WarningIcon />
            {t('row.locked')}
          </span>
        )}
        {row.pending > 0 && (
          <span
            className="queue-marker queue-marker-pending"
            title={t('row.pending', { count: row.pending })}
          >
            <ClockIcon />
            <span aria-hidden="true">{row.pending}</span>
            <span className="visually-hidden">{t('row.pending', { count: row.pending })}</span>
          </span>
        )}
      </span>
    </>
  );
});

/** The whole order cell as one line, for when the product name is cut. */
function orderTitle(row: QueueRow): string {
  const order = row.source === 'equipme' ? `${row.orderNumber} #${row.id}` : row.orderNumber;
  return [order, row.firstProduct].filter(Boolean).join(' · ');
}
