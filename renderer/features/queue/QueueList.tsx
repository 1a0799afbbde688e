// The virtual list: only the rows in view (plus a few) are in the DOM, and only the windows of
// rows near the viewport are fetched. Keyboard: arrows, PageUp/PageDown, Home/End, Enter opens.
// Orders of one sales order next to each other are a group: a caption above the first (part of that
// row's slot in the list, so the list still counts rows) opens their shipment.
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  Fragment,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import { useTranslation } from 'react-i18next';
import { offerFocus } from '../../app/keyboard/focus-targets.ts';
import { shortcutKey } from '../../app/keyboard/shortcuts.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { QueueGroupCaption } from './QueueGroupCaption.tsx';
import { QueueRowView } from './QueueRowView.tsx';
import { groupStarts } from './queue-groups.ts';
import { markSearchCommitted } from './search-timing.ts';
import { rowAt, useQueueStore } from './use-queue-store.ts';

export const ROW_HEIGHT = 60;
/** A group's caption, above its first row. */
export const CAPTION_HEIGHT = 40;

/**
 * Captions that appear or go above the rows on screen (a window above them came in) would push those
 * rows down or up: the list scrolls by as much, so the row at the top stays where the packer sees it.
 */
function useKeepRowsInPlace(
  virtualizer: { range: { startIndex: number } | null },
  scrollRef: RefObject<HTMLDivElement | null>,
  starts: ReadonlySet<number>,
  signature: string,
) {
  const shown = useRef({ starts, top: 0 });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the rows that start a group change
  useLayoutEffect(() => {
    const before = shown.current;
    const list = scrollRef.current;
    if (!list || list.scrollTop === 0) return;
    const above = (set: ReadonlySet<number>) => [...set].filter((index) => index <= before.top).length;
    const moved = (above(starts) - above(before.starts)) * CAPTION_HEIGHT;
    if (moved !== 0) list.scrollTop += moved;
  }, [signature]);
  // After the one above: the top row of this render is the one to keep for the next change.
  useLayoutEffect(() => {
    shown.current = { starts, top: virtualizer.range?.startIndex ?? 0 };
  });
}

export function QueueList() {
  const { t } = useTranslation('queue');
  const total = useQueueStore((state) => state.total) ?? 0;
  const windows = useQueueStore((state) => state.windows);
  const filters = useQueueStore((state) => state.filters);
  const selected = useQueueStore((state) => state.selected);
  const onCaption = useQueueStore((state) => state.onCaption);
  const shownText = useQueueStore((state) => state.shownText);
  const late = useQueueStore((state) => state.answerLate);
  const select = useQueueStore((state) => state.select);
  const openSelected = useQueueStore((state) => state.openSelected);
  const showRange = useQueueStore((state) => state.showRange);
  const openOrder = useNavigationStore((state) => state.openOrder);
  const openShipment = useNavigationStore((state) => state.openShipment);
  /** The rows on screen are still those of the text before: they open nothing (see openWhenShown). */
  const stale = shownText === null;
  const scrollRef = useRef<HTMLDivElement>(null);

  const { starts, signature } = useMemo(() => groupStarts(windows), [windows]);
  // A new key function makes the virtualizer lay the rows out again in this very render, with the
  // captions' heights: only when the rows that start a group change, not for every window fetched.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the signature is why the layout changes
  const getItemKey = useCallback((index: number) => index, [signature]);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => (starts.has(index) ? ROW_HEIGHT + CAPTION_HEIGHT : ROW_HEIGHT),
    getItemKey,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  useKeepRowsInPlace(virtualizer, scrollRef, starts, signature);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (total > 0) showRange(first, last);
  }, [first, last, total, showRange]);

  // A new filter or search starts at the top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll on a filter change only
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [filters, virtualizer]);

  useEffect(() => {
    if (total > 0) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, total, virtualizer]);

  // Each commit of new rows may be the results the search is waiting for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every new window of rows
  useLayoutEffect(() => {
    if (shownText !== null) markSearchCommitted(shownText);
  }, [shownText, windows]);

  useEffect(() => offerFocus('queue-list', () => scrollRef.current?.focus()), []);

  function open(index: number) {
    const row = rowAt({ windows }, index);
    if (row) openOrder(row.id);
  }

  /** The row a navigation key moves to, or null for other keys. */
  function target(key: string): number | null {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    switch (key) {
      case 'ArrowDown':
        return selected + 1;
      case 'ArrowUp':
        return selected - 1;
      case 'PageDown':
        return selected + page;
      case 'PageUp':
        return selected - page;
      case 'Home':
        return 0;
      case 'End':
        return total - 1;
      default:
        return null;
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      openSelected();
      return;
    }
    // A group's caption is a stop of its own between its first row and the row above.
    const captionHere = onCaption && starts.has(selected);
    if (event.key === 'ArrowUp' && !captionHere && starts.has(selected)) {
      event.preventDefault();
      select(selected, true);
      return;
    }
    if (event.key === 'ArrowDown' && captionHere) {
      event.preventDefault();
      select(selected);
      return;
    }
    // The caption above the first row is the top of the list.
    if (event.key === 'ArrowUp' && captionHere && selected === 0) {
      event.preventDefault();
      return;
    }
    const index = target(event.key);
    if (index === null) return;
    event.preventDefault();
    const down = event.key === 'ArrowDown' || (event.key === 'Home' && index === 0);
    select(index, down && starts.has(index));
  }

  const selectedRow = rowAt({ windows }, selected);
  const captionSelected = onCaption && starts.has(selected);
  return (
    <div
      ref={scrollRef}
      className={late ? 'queue-scroll queue-scroll-late' : 'queue-scroll'}
      role="listbox"
      tabIndex={0}
      aria-label={t('list.label')}
      aria-keyshortcuts={shortcutKey('queue-list')}
      aria-activedescendant={
        total > 0 && selectedRow ? `queue-${captionSelected ? 'caption' : 'row'}-${selected}` : undefined
      }
      // The rows shown are still those of the text before (use-queue-store.ts setFilters); the list
      // dims when their answer is late (answerLate).
      aria-busy={stale}
      onKeyDown={onKeyDown}
      data-queue-list
    >
      <div className="queue-rows" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rowAt({ windows }, item.index);
          const caption = row?.group && starts.has(item.index) ? row.group : null;
          const rowSelected = item.index === selected && !captionSelected;
          const grouped = row?.group ? ' queue-row-grouped' : '';
          return (
            <Fragment key={item.key}>
              {caption && row && (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (aria-activedescendant)
                <div
                  tabIndex={-1}
                  id={`queue-caption-${item.index}`}
                  role="option"
                  aria-selected={item.index === selected && captionSelected}
                  className={`queue-caption${item.index === selected && captionSelected ? ' queue-row-selected' : ''}`}
                  style={{ height: CAPTION_HEIGHT, transform: `translateY(${item.start}px)` }}
                  onClick={() => {
                    if (stale) return;
                    select(item.index, true);
                    openShipment(row.salesOrderId);
                  }}
                >
                  <QueueGroupCaption
                    orderNumber={row.orderNumber}
                    open={caption.open}
                    total={caption.total}
                    otherStatus={caption.otherStatus}
                  />
                </div>
              )}
              {/* biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (aria-activedescendant) */}
              <div
                tabIndex={-1}
                id={`queue-row-${item.index}`}
                role="option"
                aria-selected={rowSelected}
                className={`queue-row${grouped}${rowSelected ? ' queue-row-selected' : ''}`}
                style={{
                  height: ROW_HEIGHT,
                  transform: `translateY(${caption ? item.start + CAPTION_HEIGHT : item.start}px)`,
                }}
                onClick={() => {
                  // A stale row is not what the operator searched for: a click on it does nothing.
                  if (stale) return;
                  select(item.index);
                  open(item.index);
                }}
              >
                {row ? (
                  <QueueRowView row={row} />
                ) : (
                  <span className="queue-cell queue-row-loading">{t('row.loading')}</span>
                )}
              </div>
            </Fragment>
          );
        })}
      </div>
    </div>
  );
}
