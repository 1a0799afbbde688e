import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api/station.ts';
import { shortcutKey } from '../../app/keyboard/shortcuts.ts';
import { QueueFilters } from './QueueFilters.tsx';
import { QueueList } from './QueueList.tsx';
import { QueueToolbar } from './QueueToolbar.tsx';
import { DEFAULT_FILTERS, useQueueStore } from './use-queue-store.ts';
import './order-queue.css';

/** Bursts of `orders:changed` (a pull) are coalesced into one re-query. */
const REFRESH_COALESCE_MS = 100;

export function OrderQueue() {
  const { t } = useTranslation('queue');
  const total = useQueueStore((state) => state.total);
  const error = useQueueStore((state) => state.error);
  const filters = useQueueStore((state) => state.filters);
  const refresh = useQueueStore((state) => state.refresh);

  useEffect(() => {
    refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = on('orders:changed', () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_COALESCE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [refresh]);

  const filtered =
    filters.text.trim() !== '' ||
    filters.statuses.length + filters.transactionTypes.length + filters.locationIds.length > 0 ||
    filters.preorder !== DEFAULT_FILTERS.preorder;

  return (
    <section className="queue" aria-labelledby="queue-title">
      <QueueToolbar />
      <QueueFilters />
      {error && (
        <div className="banner banner-error queue-error" role="alert">
          <span>{error}</span>
          <button type="button" className="secondary" onClick={refresh}>
            {t('common:button.retry')}
          </button>
        </div>
      )}
      <div className="queue-head" aria-hidden="true">
        <span>{t('column.order')}</span>
        <span>{t('column.customer')}</span>
        <span>{t('column.type')}</span>
        <span>{t('column.status')}</span>
        <span>{t('column.location')}</span>
        <span>{t('column.destination')}</span>
        <span>{t('column.created')}</span>
        <span>{t('column.sync')}</span>
      </div>
      {total === null && !error && <p className="queue-message">{t('common:loading')}</p>}
      {total === 0 && <p className="queue-message">{filtered ? t('empty.filtered') : t('empty.none')}</p>}
      <QueueList />
      <p className="queue-keys">
        <span>
          <kbd>{shortcutKey('queue-search')}</kbd> {t('keys.search')}
        </span>
        <span>
          <kbd>{shortcutKey('queue-list')}</kbd> {t('keys.list')}
        </span>
        <span>
          <kbd>↑</kbd> <kbd>↓</kbd> {t('keys.choose')}
        </span>
        <span>
          <kbd>Enter</kbd> {t('keys.open')}
        </span>
        <span>
          <kbd>Esc</kbd> {t('keys.back')}
        </span>
      </p>
    </section>
  );
}
