import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api/station.ts';
import { shortcutKey } from '../../app/keyboard/shortcuts.ts';
import { QueueFilters } from './QueueFilters.tsx';
import { QueueList } from './QueueList.tsx';
import { QueueToolbar } from './QueueToolbar.tsx';
import { DEFAULT_FILTERS, type QueueFilters as QueueFilterValues, useQueueStore } from './use-queue-store.ts';
import './order-queue.css';

/** Bursts of `orders:changed` (a pull) are coalesced into one re-query. */
const REFRESH_COALESCE_MS = 100;

function isFiltered(filters: QueueFilterValues): boolean {
  return (
    filters.text.trim() !== '' ||
    filters.statuses.length + filters.transactionTypes.length + filters.locationIds.length > 0 ||
    filters.preorder !== DEFAULT_FILTERS.preorder ||
    filters.source !== DEFAULT_FILTERS.source
  );
}

export function OrderQueue() {
  const { t } = useTranslation('queue');
  // Only what this frame shows itself: a key typed or an answer re-renders the toolbar and the list
  // (their own subscriptions), not the filter chips and the rest of the screen with them.
  const total = useQueueStore((state) => (state.total === null || state.total === 0 ? state.total : 'some'));
  const error = useQueueStore((state) => state.error);
  const filtered = useQueueStore((state) => isFiltered(state.filters));
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
