// The open order: its detail from `orders:get`, the pick counts (optimistic: a scan shows at once
// and is saved in the background), the last scan's feedback, and the actions that move it on.
import { create } from 'zustand';
import type { FulfillmentAction, FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import { isKnownStatus, traitsOf } from '../../../shared/domain/lifecycle.ts';
import { adjustPick, matchScan, orderProgress, pickLines } from '../../../shared/domain/pick-progress.ts';
import { labelPrinted, orderActions } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { LearnedBarcode } from '../../../shared/ipc/picking.ts';
import { invoke } from '../../api/station.ts';
import { play } from '../../app/sound/play.ts';
import { countedFeedback, cueFor, feedbackFor, lockedFeedback, type PickFeedback } from './pick-feedback.ts';

export interface OrderState {
  orderId: number | null;
  detail: OrderDetail | null;
  loadError: string | null;
  /** Counts main has saved, per bomItems index. */
  saved: number[];
  /** Changes sent to main and not answered yet, per line: shown on top of `saved`. */
  unsaved: number[];
  learned: LearnedBarcode[];
  feedback: PickFeedback | null;
  /** A pick that could not be saved (and was taken back). */
  pickError: string | null;
  /** The action being sent, so its button shows it and cannot be pressed twice. */
  sending: FulfillmentAction | null;
  actionError: string | null;
  open(orderId: number): Promise<void>;
  close(): void;
  reload(): Promise<void>;
  /** A scan while this order is on screen. */
  scan(code: string): void;
  /** The +1/−1 buttons of a line. */
  adjust(line: number, delta: 1 | -1): void;
  /** Links an unknown barcode to a line (supervisor PIN), then counts it. Resolves to an error text. */
  learnBarcode(line: number, code: string, pin: string): Promise<string | null>;
  override(pin: string, reason: string): Promise<string | null>;
  /** Sends an action pressed while `seenStatus` was on screen; `confirmed` after its dialog. */
  runAction(
    action: FulfillmentAction,
    choice: { seenStatus: Open<FulfillmentStatus>; activationDate?: string; confirmed?: boolean },
  ): Promise<string | null>;
  /** Whether a printer took this order's shipping label (a dispatch without one asks first). */
  labelPrinted(): Promise<boolean>;
  /** "Take Equipme's status" of a locked order. Resolves to main's refusal, or null. */
  takeServerStatus(reason: string): Promise<string | null>;
  /** A supervisor releases the lock after checking the box. */
  releaseLock(pin: string, reason: string): Promise<string | null>;
  /** A supervisor sends an action our lifecycle table does not offer. */
  supervisorAction(action: FulfillmentAction, pin: string, reason: string): Promise<string | null>;
  dismissFeedback(): void;
}

/** The counts on screen: saved plus what is on its way. */
export function pickedNow(state: Pick<OrderState, 'saved' | 'unsaved'>): number[] {
  const length = Math.max(state.saved.length, state.unsaved.length);
  return Array.from({ length }, (_, i) => (state.saved[i] ?? 0) + (state.unsaved[i] ?? 0));
}

// picks:record calls go one after the other, so each answer covers every earlier change.
let recordChain: Promise<void> = Promise.resolve();

export const useOrderStore = create<OrderState>()((set, get) => {
  function addUnsaved(line: number, delta: number): void {
    const unsaved = [...get().unsaved];
    unsaved[line] = (unsaved[line] ?? 0) + delta;
    set({ unsaved });
  }

  function record(line: number, delta: 1 | -1, source: 'scan' | 'manual'): void {
    const orderId = get().orderId;
    if (orderId === null) return;
    addUnsaved(line, delta);
    recordChain = recordChain.then(async () => {
      const response = await invoke('picks:record', { orderId, line, delta, source });
      if (get().orderId !== orderId) return;
      addUnsaved(line, -delta);
      if (response.ok) set({ saved: response.value.picked });
      else set({ pickError: response.error.message });
    });
  }

  /** Main answered with the order as it is now (a lock taken away, a status taken over). */
  async function settle(
    orderId: number,
    response: { ok: true; value: OrderDetail } | { ok: false; error: { message: string } },
  ): Promise<string | null> {
    if (!response.ok) return response.error.message;
    if (get().orderId === orderId)
      set({ detail: response.value, saved: response.value.picked, feedback: null });
    return null;
  }

  function show(feedback: PickFeedback): void {
    play(cueFor(feedback));
    set({ feedback, pickError: null });
  }

  return {
    orderId: null,
    detail: null,
    loadError: null,
    saved: [],
    unsaved: [],
    learned: [],
    feedback: null,
    pickError: null,
    sending: null,
    actionError: null,

    async open(orderId) {
      set({
        orderId,
        detail: null,
        loadError: null,
        saved: [],
        unsaved: [],
        feedback: null,
        pickError: null,
        sending: null,
        actionError: null,
      });
      const barcodes = invoke('picks:barcodes').then((response) => {
        if (response.ok && get().orderId === orderId) set({ learned: response.value });
      });
      await Promise.all([get().reload(), barcodes]);
    },

    close() {
      set({ orderId: null, detail: null, feedback: null });
    },

    async reload() {
      const orderId = get().orderId;
      if (orderId === null) return;
      const response = await invoke('orders:get', { orderId });
      if (get().orderId !== orderId) return;
      if (!response.ok) {
        set({ loadError: response.error.message });
        return;
      }
      // Counts still on their way are answered by picks:record; until then keep ours.
      const settled = get().unsaved.every((delta) => delta === 0);
      set({
        detail: response.value,
        loadError: null,
        ...(settled ? { saved: response.value.picked } : {}),
      });
    },

    scan(code) {
      const { detail, learned } = get();
      if (!detail) return;
      // Main refuses pick changes of a locked order: say so instead of counting.
      if (detail.lock) {
        show(lockedFeedback(code));
        return;
      }
      const match = matchScan(detail.order, pickedNow(get()), code, learned);
      show(feedbackFor(match, code, learned));
      if (match.kind === 'matched') record(match.line.index, 1, 'scan');
    },

    adjust(line, delta) {
      const { detail } = get();
      if (!detail || detail.lock) return;
      const result = adjustPick(detail.order, pickedNow(get()), line, delta);
      if (!result.ok) {
        set({ pickError: result.error.message });
        return;
      }
      if (delta === 1) {
        const lines = pickLines(detail.order, result.value);
        const lineComplete = lines[line]?.complete === true;
        show(countedFeedback(line, lineComplete, orderProgress(lines).complete, null));
      } else {
        set({ feedback: null, pickError: null });
      }
      record(line, delta, 'manual');
    },

    async learnBarcode(line, code, pin) {
      const orderId = get().orderId;
      if (orderId === null) return null;
      const response = await invoke('picks:learn-barcode', { orderId, line, code, pin });
      if (!response.ok) return response.error.message;
      const learned = [...get().learned.filter((b) => b.code !== response.value.code), response.value];
      set({ learned, feedback: null });
      get().scan(code);
      return null;
    },

    async override(pin, reason) {
      const orderId = get().orderId;
      if (orderId === null) return null;
      const response = await invoke('picks:override', { orderId, pin, reason });
      if (!response.ok) return response.error.message;
      if (get().orderId === orderId) set({ detail: response.value });
      return null;
    },

    async runAction(action, choice) {
      const { orderId, detail } = get();
      const { seenStatus } = choice;
      if (orderId === null || !detail || get().sending || !isKnownStatus(seenStatus)) return null;
      set({ sending: action, actionError: null });
      const response = await invoke('transitions:enqueue', {
        orderId,
        action,
        seenStatus,
        ...(choice.confirmed ? { confirmed: true } : {}),
        ...(choice.activationDate ? { activationDate: choice.activationDate } : {}),
      });
      if (get().orderId !== orderId) return null;
      if (!response.ok) {
        set({ sending: null, actionError: response.error.message });
        // Main may have refused because the order moved on: show where it is now.
        await get().reload();
        return response.error.message;
      }
      // Committed on this station: show the new status now, the reload brings the rest.
      const entry = response.value;
      set({
        sending: null,
        detail: {
          ...detail,
          effectiveStatus: entry.expectedAfter,
          allowedActions: orderActions(entry.expectedAfter, traitsOf(detail.order)),
          supervisorActions: [],
          entries: [...detail.entries, entry],
        },
      });
      await get().reload();
      return null;
    },

    async labelPrinted() {
      const orderId = get().orderId;
      if (orderId === null) return false;
      const jobs = await invoke('print:jobs', { orderId, states: ['sent', 'printed'] });
      // When the ledger cannot be read, say no (the operator is asked): main checks it again anyway.
      return jobs.ok && labelPrinted(jobs.value);
    },

    async takeServerStatus(reason) {
      const orderId = get().orderId;
      if (orderId === null) return null;
      return settle(orderId, await invoke('orders:take-server-status', { orderId, reason }));
    },

    async releaseLock(pin, reason) {
      const orderId = get().orderId;
      if (orderId === null) return null;
      return settle(orderId, await invoke('orders:release-lock', { orderId, pin, reason }));
    },

    async supervisorAction(action, pin, reason) {
      const orderId = get().orderId;
      if (orderId === null) return null;
      const response = await invoke('transitions:supervisor', { orderId, action, pin, reason });
      if (!response.ok) return response.error.message;
      await get().reload();
      return null;
    },

    dismissFeedback() {
      set({ feedback: null });
    },
  };
});
