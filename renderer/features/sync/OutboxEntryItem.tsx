import { useTranslation } from 'react-i18next';
import { actionLabel } from '../../../shared/domain/workflow.ts';
import type { OutboxEntryView } from '../../../shared/ipc/outbox.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';

export function OutboxEntryItem(props: {
  entry: OutboxEntryView;
  orderNumber: string | undefined;
  onRetry?: () => void;
  onDiscard?: () => void;
}) {
  const { entry, orderNumber, onRetry, onDiscard } = props;
  const { t, i18n } = useTranslation(['sync', 'common']);
  const openOrder = useNavigationStore((state) => state.openOrder);
  const failed = entry.state === 'failed';

  return (
    <li className={`outbox-entry outbox-entry-${entry.state}`}>
      <button type="button" className="outbox-order secondary" onClick={() => openOrder(entry.orderId)}>
        {orderNumber ?? t('orderId', { id: entry.orderId })}
      </button>
      <span className="outbox-action">
        {t(`common:action.${actionLabel(entry.action, entry.statusBefore)}`)}
        {entry.offTable && (
          <span className="outbox-off-table" title={t('offTableTitle')}>
            {t('offTable')}
          </span>
        )}
      </span>
      <span className="outbox-move">
        <StatusBadge status={entry.statusBefore} />
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('to')}</span>
        <StatusBadge status={entry.expectedAfter} />
      </span>
      <span className="outbox-attempts">
        {entry.attempts > 0 && t('attempts', { count: entry.attempts })}
      </span>
      <span className={`outbox-state outbox-state-${entry.state}`}>{t(`state.${entry.state}`)}</span>
      <span className="outbox-meta">
        <span>{formatDateTime(entry.createdAt, i18n.language)}</span>
        <span>{entry.operator}</span>
      </span>
      {(failed || entry.state === 'held' || entry.discardReason) && (
        <div className="outbox-detail">
          {(failed || (entry.state === 'held' && entry.lastError?.trim())) && (
            <p className="outbox-reason">{entry.lastError?.trim() || t('noReason')}</p>
          )}
          {entry.state === 'held' && <p className="outbox-held">{t('heldExplained')}</p>}
          {entry.discardReason && <p>{t('discardReason', { reason: entry.discardReason })}</p>}
          {failed && onRetry && onDiscard && (
            <div className="outbox-buttons">
              <button type="button" onClick={onRetry}>
                {t('retry')}
              </button>
              <button type="button" className="danger" onClick={onDiscard}>
                {t('discard')}
              </button>
            </div>
          )}
        </div>
      )}
    </li>
  );
}
