import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueSortKey } from '../../../shared/ipc/orders.ts';
import { offerFocus } from '../../app/keyboard/focus-targets.ts';
import { shortcutKey } from '../../app/keyboard/shortcuts.ts';
import { KEYS_AT_ONCE } from '../../app/scan/keys-at-once.ts';
import { markSearchTyped } from './search-timing.ts';
import { useQueueStore } from './use-queue-store.ts';

const SORTS: { by: QueueSortKey; direction: 'asc' | 'desc' }[] = [
  { by: 'created', direction: 'asc' },
  { by: 'created', direction: 'desc' },
  { by: 'order-number', direction: 'asc' },
  { by: 'order-number', direction: 'desc' },
  { by: 'customer', direction: 'asc' },
  { by: 'customer', direction: 'desc' },
];

export function QueueToolbar() {
  const { t } = useTranslation('queue');
  const filters = useQueueStore((state) => state.filters);
  const total = useQueueStore((state) => state.total);
  const totalCapped = useQueueStore((state) => state.totalCapped);
  const counting = useQueueStore((state) => state.shownText === null);
  const late = useQueueStore((state) => state.answerLate);
  const setFilters = useQueueStore((state) => state.setFilters);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(
    () =>
      offerFocus('queue-search', () => {
        searchRef.current?.focus();
        searchRef.current?.select();
      }),
    [],
  );

  function focusList(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    document.querySelector<HTMLElement>('[data-queue-list]')?.focus();
  }

  const sortValue = `${filters.sort.by}:${filters.sort.direction}`;
  return (
    <div className="queue-toolbar">
      <h1 id="queue-title">{t('title')}</h1>
      <label className="queue-search">
        <span className="visually-hidden">{t('search.label')}</span>
        <input
          ref={searchRef}
          {...KEYS_AT_ONCE}
          type="search"
          aria-keyshortcuts={shortcutKey('queue-search')}
          value={filters.text}
          placeholder={t('search.placeholder')}
          onChange={(event) => {
            // No debounce, which would add its wait to every key a person types: each key is searched
            // in its own event, and main is asked once at a time, for the newest text (use-queue-store.ts).
            markSearchTyped(event.target.value, event.nativeEvent.timeStamp);
            setFilters({ text: event.target.value });
          }}
          onKeyDown={focusList}
          autoComplete="off"
          spellCheck={false}
        />
        <span className="queue-search-key" aria-hidden="true">
          <kbd>{shortcutKey('queue-search')}</kbd>
        </span>
      </label>
      <label className="queue-sort">
        <span>{t('sort.label')}</span>
        <select
          value={sortValue}
          onChange={(event) => {
            const [by, direction] = event.target.value.split(':') as [QueueSortKey, 'asc' | 'desc'];
            setFilters({ sort: { by, direction } });
          }}
        >
          {SORTS.map(({ by, direction }) => (
            <option key={`${by}:${direction}`} value={`${by}:${direction}`}>
              {t(`sort.${by}-${direction}`)}
            </option>
          ))}
        </select>
      </label>
      {/* The count of the text before, until its answer comes: dimmed with the list when late. */}
      <span
        className={late ? 'queue-count queue-count-late' : 'queue-count'}
        aria-live="polite"
        aria-busy={counting}
      >
        {total !== null && t(totalCapped ? 'countCapped' : 'count', { count: total })}
      </span>
    </div>
  );
}
