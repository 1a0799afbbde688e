// The queue over the orders cache: filters, and the windows of rows fetched so far. The list is
// virtual — only windows near the viewport are ever fetched, so 50,000 cached orders stay cheap.
import { create } from 'zustand';
import type { FulfillmentStatus, TransactionType } from '../../../shared/api/equipme.ts';
import type { OrderSourceName } from '../../../shared/domain/order-sources.ts';
import type {
  OrdersQueryArgs,
  OrdersQueryResult,
  QueueRow,
  QueueSortKey,
} from '../../../shared/ipc/orders.ts';
import { invoke } from '../../api/station.ts';
import { requestFocus } from '../../app/keyboard/focus-targets.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { onSettingsSaved } from '../../app/use-settings-store.ts';
import { markSearchAnswered, markSearchSent } from './search-timing.ts';

/**
 * Rows per `orders:query` call: more than a tall screen shows (about 10 rows at 1080p, plus the
 * list's overscan), so a key typed asks for one window; each row is a summary of about 440 bytes.
 */
export const WINDOW_SIZE = 50;

/**
 * An answer still out after this long is late: the list and its count dim (order-queue.css). A key's
 * answer usually comes in 20–50 ms, so a normal key changes no style at all; main busy writing a
 * pull can take seconds.
 */
export const LATE_ANSWER_MS = 300;

export interface QueueFilters {
  /** Search text, as the field holds it: every key typed searches at once. */
  text: string;
  statuses: FulfillmentStatus[];
  transactionTypes: TransactionType[];
  locationIds: number[];
  /** true: preorders only, false: no preorders, null: both. */
  preorder: boolean | null;
  /** One source's orders only; null: every source. */
  source: OrderSourceName | null;
  sort: { by: QueueSortKey; direction: 'asc' | 'desc' };
}

export const DEFAULT_FILTERS: QueueFilters = {
  text: '',
  statuses: [],
  transactionTypes: [],
  locationIds: [],
  preorder: null,
  source: null,
  sort: { by: 'created', direction: 'asc' },
};

export interface QueueState {
  filters: QueueFilters;
  /** Matching orders; null until the first answer. */
  total: number | null;
  /** A broad search counted only up to its cap: `total` means "at least". */
  totalCapped: boolean;
  /** Fetched rows by window number (index / WINDOW_SIZE). */
  windows: Record<number, QueueRow[]>;
  countsByStatus: OrdersQueryResult['countsByStatus'];
  locations: OrdersQueryResult['locations'];
  /** The sources the source filter offers (main: Equipme, switched-on shops, shops with cached orders). */
  sources: OrdersQueryResult['sources'];
  /** Index of the selected row. */
  selected: number;
  /** The selection is on the caption of the sales order group the selected row starts. */
  onCaption: boolean;
  /** The order just left: its row is selected as soon as a fetched window shows it. */
  returnTo: number | null;
  /** Rows on screen, as the list last reported them. */
  range: { first: number; last: number };
  error: string | null;
  /** The search text of the rows the list holds; null while the current filters have no answer yet. */
  shownText: string | null;
  /**
   * Enter was pressed while the rows on screen were still those of an older text: the first row of
   * the current text's results opens when they come (a stale row never opens).
   */
  openWhenShown: boolean;
  /** The current text's answer is later than LATE_ANSWER_MS: the rows on screen look out of date. */
  answerLate: boolean;
  setFilters(patch: Partial<QueueFilters>): void;
  /** The rows [first, last] are on screen: fetch the windows that cover them. */
  showRange(first: number, last: number): void;
  /** Orders changed: fetch the windows on screen again (their rows stay up until then). */
  refresh(): void;
  /** `caption`: the caption above the row (the row starts a sales order group). */
  select(index: number, caption?: boolean): void;
  /**
   * Enter on the list: opens the selected row (its caption: the shipment of its sales order), or the
   * first result once it is in (openWhenShown).
   */
  openSelected(): void;
  /** Back from this order's screen: select its row as the list shows it. */
  returnFrom(orderId: number): void;
  /** Back from a shipment: select its group's caption where the list shows it. */
  returnFromShipment(salesOrderId: number): void;
}

function queryArgs(
  filters: QueueFilters,
  window: number,
  queueFacts: OrdersQueryArgs['queueFacts'],
): OrdersQueryArgs {
  const args: OrdersQueryArgs = {
    sort: filters.sort,
    offset: window * WINDOW_SIZE,
    limit: WINDOW_SIZE,
    queueFacts,
  };
  const text = filters.text.trim();
  if (text) args.text = text;
  if (filters.statuses.length > 0) args.statuses = filters.statuses;
  if (filters.transactionTypes.length > 0) args.transactionTypes = filters.transactionTypes;
  if (filters.locationIds.length > 0) args.locationIds = filters.locationIds;
  if (filters.preorder !== null) args.preorder = filters.preorder;
  if (filters.source !== null) args.source = filters.source;
  return args;
}

export function rowAt(state: Pick<QueueState, 'windows'>, index: number): QueueRow | undefined {
  return state.windows[Math.floor(index / WINDOW_SIZE)]?.[index % WINDOW_SIZE];
}

export const useQueueStore = create<QueueState>()((set, get) => {
  /**
   * At most one request per window is on its way. Main answers one request after the other, so a
   * request per key typed would queue answers for text the field no longer holds in front of the
   * one the operator waits for. Each request carries the generation it was asked in (filters or
   * orders changed: a new generation); an older generation's answer is dropped — results of older
   * text never replace newer — and its window is asked again, with the filters of now.
   */
  const inFlight = new Map<number, number>();
  /** Windows to ask again as soon as their stale request is answered. */
  const askAgain = new Set<number>();
  let generation = 0;
  /**
   * The chips' counts and the locations are asked 'current' from the queue's start and after
   * `orders:changed` until such an answer is shown; every other query (a key typed, a filter, a
   * scroll) takes them as main last counted them, so it never waits for a count of 50k orders.
   */
  let recount = true;
  let lateTimer: ReturnType<typeof setTimeout> | undefined;

  async function fetchWindow(window: number) {
    const pending = inFlight.get(window);
    if (pending !== undefined) {
      if (pending !== generation) askAgain.add(window);
      return;
    }
    const asked = generation;
    inFlight.set(window, asked);
    const { filters } = get();
    const counted = recount;
    markSearchSent(filters.text);
    const response = await invoke(
      'orders:query',
      queryArgs(filters, window, counted ? 'current' : 'as-counted'),
    );
    inFlight.delete(window);
    if (asked !== generation) {
      if (askAgain.delete(window) && windowsOnScreen().includes(window)) void fetchWindow(window);
      return;
    }
    markSearchAnswered(filters.text);
    if (!response.ok) {
      set({ error: response.error.message, openWhenShown: false, answerLate: false });
      return;
    }
    if (counted) recount = false;
    const { rows, total, totalCapped = false, countsByStatus, locations, sources } = response.value;
    const opening = get().openWhenShown;
    set((state) => {
      const kept = keepSameRows(state.windows[window], rows);
      const windows = kept === state.windows[window] ? state.windows : { ...state.windows, [window]: kept };
      const returned = state.returnTo === null ? -1 : indexOf(windows, state.returnTo);
      return {
        windows,
        total,
        totalCapped,
        // The same counts and locations as before keep their identity: the chips stay as they are.
        countsByStatus: sameJson(state.countsByStatus, countsByStatus)
          ? state.countsByStatus
          : countsByStatus,
        locations: sameJson(state.locations, locations) ? state.locations : locations,
        sources: sameJson(state.sources, sources) ? state.sources : sources,
        error: null,
        shownText: filters.text,
        selected: Math.max(0, Math.min(returned >= 0 ? returned : state.selected, total - 1)),
        // Not among the rows on screen once they are all in (filtered away, or far off): the
        // selection stays where it was.
        returnTo: returned >= 0 || inFlight.size === 0 ? null : state.returnTo,
        openWhenShown: state.openWhenShown && window !== 0,
        answerLate: false,
      };
    });
    // The Enter pressed while the list still showed older rows opens the first result of now,
    // unless the operator went elsewhere meanwhile (a scan opened an order).
    const first = rows[0];
    const navigation = useNavigationStore.getState();
    if (opening && window === 0 && first && navigation.screen.name === 'queue')
      navigation.openOrder(first.id);
  }

  function windowsOnScreen(): number[] {
    return windowsIn(get().range);
  }

  function windowsIn({ first, last }: QueueState['range']): number[] {
    const from = Math.floor(first / WINDOW_SIZE);
    const to = Math.floor(last / WINDOW_SIZE);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }

  return {
    filters: DEFAULT_FILTERS,
    total: null,
    totalCapped: false,
    windows: {},
    countsByStatus: {},
    locations: [],
    sources: ['equipme'],
    selected: 0,
    onCaption: false,
    returnTo: null,
    range: { first: 0, last: 0 },
    error: null,
    shownText: null,
    openWhenShown: false,
    answerLate: false,
    setFilters(patch) {
      generation++;
      const { range, windows } = get();
      const top = { first: 0, last: range.last - range.first };
      const keep = windowsIn(top);
      set({
        filters: { ...get().filters, ...patch },
        // The list starts at the top: the rows it showed there stay until the answer replaces them
        // (`shownText` says they are older), so a key typed paints the list once, with its results,
        // not a screen of placeholders first. Windows further down belong to the old order.
        windows: Object.fromEntries(keep.flatMap((w) => (windows[w] ? [[w, windows[w]]] : []))),
        shownText: null,
        // An Enter pressed for the text before is not one for this text.
        openWhenShown: false,
        selected: 0,
        onCaption: false,
        returnTo: null,
        range: top,
      });
      for (const window of keep) void fetchWindow(window);
      clearTimeout(lateTimer);
      lateTimer = setTimeout(() => {
        if (get().shownText === null) set({ answerLate: true });
      }, LATE_ANSWER_MS);
    },
    showRange(first, last) {
      const range = { first: Math.max(0, first), last: Math.max(first, last) };
      if (range.first !== get().range.first || range.last !== get().range.last) set({ range });
      const { windows } = get();
      for (const window of windowsOnScreen()) {
        if (!windows[window]) void fetchWindow(window);
      }
    },
    refresh() {
      generation++;
      recount = true;
      const keep = windowsOnScreen();
      const { windows } = get();
      // Windows off screen are dropped: they would be stale by the time the operator scrolls back.
      set({ windows: Object.fromEntries(keep.flatMap((w) => (windows[w] ? [[w, windows[w]]] : []))) });
      for (const window of keep) void fetchWindow(window);
    },
    select(index, caption = false) {
      const total = get().total ?? 0;
      set({ selected: Math.max(0, Math.min(index, total - 1)), onCaption: caption, returnTo: null });
    },
    openSelected() {
      const state = get();
      if (state.shownText === null) {
        set({ openWhenShown: true });
        return;
      }
      const row = rowAt(state, state.selected);
      if (!row) return;
      if (state.onCaption && row.group) useNavigationStore.getState().openShipment(row.salesOrderId);
      else useNavigationStore.getState().openOrder(row.id);
    },
    returnFrom(orderId) {
      // The rows fetched before are a first guess; the list's fresh answers have the last word.
      const index = indexOf(get().windows, orderId);
      set({ returnTo: orderId, selected: index >= 0 ? index : get().selected, onCaption: false });
    },
    returnFromShipment(salesOrderId) {
      const index = firstOfGroup(get().windows, salesOrderId);
      if (index >= 0) set({ selected: index, onCaption: true, returnTo: null });
    },
  };
});

/**
 * An answer's rows, each one equal to the row shown at its place keeping that row's object (and a
 * window all equal its array): the rows memoise on it, so a key typed whose page did not change
 * (`SO-2` after `SO-`) draws none of them again.
 */
function keepSameRows(shown: QueueRow[] | undefined, rows: QueueRow[]): QueueRow[] {
  if (!shown) return rows;
  const kept = rows.map((row, at) => {
    const before = shown[at];
    return before && sameJson(before, row) ? before : row;
  });
  return kept.length === shown.length && kept.every((row, at) => row === shown[at]) ? shown : kept;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function indexOf(windows: QueueState['windows'], orderId: number): number {
  for (const [window, rows] of Object.entries(windows)) {
    const at = rows.findIndex((row) => row.id === orderId);
    if (at >= 0) return Number(window) * WINDOW_SIZE + at;
  }
  return -1;
}

/** The first row of a sales order's group among the rows fetched (windows are in index order). */
function firstOfGroup(windows: QueueState['windows'], salesOrderId: number): number {
  for (const [window, rows] of Object.entries(windows)) {
    const at = rows.findIndex((row) => row.group && row.salesOrderId === salesOrderId);
    if (at >= 0) return Number(window) * WINDOW_SIZE + at;
  }
  return -1;
}

// Back from an order or a shipment (Escape, the back button, a function key): the keyboard lands on
// the list, on the row of the order just left (the caption of the shipment's group), whichever way
// it was opened (a click, Enter or a scan).
useNavigationStore.subscribe((now, before) => {
  if (now.screen.name !== 'queue') return;
  if (before.screen.name === 'order') useQueueStore.getState().returnFrom(before.screen.orderId);
  else if (before.screen.name === 'shipment')
    useQueueStore.getState().returnFromShipment(before.screen.salesOrderId);
  else return;
  requestFocus('queue-list');
});

// The station's locations are the queue's default location filter.
onSettingsSaved((change, settings) => {
  if (change.locationIds) useQueueStore.getState().setFilters({ locationIds: settings.locationIds });
});
