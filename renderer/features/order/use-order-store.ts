// The open order: its detail from `orders:get`, the pick counts (optimistic: a scan shows at once
// and is saved in the background), the last scan's feedback, and the actions that move it on.
import { create } from 'zustand';
import type { FulfillmentAction, FulfillmentStatus, Open } from '../../../shared/api/equipme.ts';
import { isKnownStatus, traitsOf } from '../../../shared/domain/lifecycle.ts';
import { adjustPick, matchScan, orderProgress, pickLines } from '../../../shared/domain/pick-progress.ts';
import { normalizeScan, parseOrderCode } from '../../../shared/domain/scan-codes.ts';
import { labelPrinted, orderActions } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { LearnedBarcode, ScanMistakeCounts } from '../../../shared/ipc/picking.ts';
import type { ShopStepName } from '../../../shared/ipc/shop-orders.ts';
import { invoke } from '../../api/station.ts';
import { play } from '../../app/sound/play.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import {
  countedFeedback,
  cueFor,
  feedbackFor,
  isScanError,
  notCountedFeedback,
  type PickFeedback,
} from './pick-feedback.ts';
import { createPickRecorder } from './pick-recorder.ts';

export interface OrderState {
  orderId: number | null;
  detail: OrderDetail | null;
  loadError: string | null;
  /** Counts main has saved, per bomItems index. */
  saved: number[];
  /** Changes sent to main and not answered yet, per line: shown on top of `saved`. */
  unsaved: number[];
  /** Of `saved`, how many per line were counted by hand (as main saved them). */
  manual: number[];
  /** Wrong scans and over-scans on record for this order. */
  mistakes: ScanMistakeCounts;
  learned: LearnedBarcode[];
  feedback: PickFeedback | null;
  /** Another order's label was scanned here: the packer is asked whether to switch to it. */
  switchTo: number | null;
  /** The line whose +1 by hand waits for the supervisor PIN. */
  manualAsk: number | null;
  /** A pick that could not be saved (and was taken back). */
  pickError: string | null;
  /** The action (or shop step) being sent, so its button shows it and cannot be pressed twice. */
  sending: FulfillmentAction | ShopStepName | null;
  actionError: string | null;
  open(orderId: number): Promise<void>;
  close(): void;
  reload(): Promise<void>;
  /** Resolves once every count shown is saved in main (main checks the picks before a label). */
  countsSaved(): Promise<void>;
  /** A scan while this order is on screen. */
  scan(code: string): void;
  /** The +1/−1 buttons of a line. */
  adjust(line: number, delta: 1 | -1): void;
  /** A +1 by hand with the supervisor PIN. Resolves to main's refusal, or null when counted. */
  countByHand(line: number, pin: string): Promise<string | null>;
  cancelManual(): void;
  cancelSwitch(): void;
  /** Links an unknown barcode to a line (supervisor PIN), then counts it. Resolves to an error text. */
  learnBarcode(line: number, code: string, pin: string): Promise<string | null>;
  override(pin: string, reason: string): Promise<string | null>;
  /** Sends an action pressed while `seenStatus` was on screen; `confirmed` after its dialog. */
  runAction(
    action: FulfillmentAction,
    choice: { seenStatus: Open<FulfillmentStatus>; activationDate?: string; confirmed?: boolean },
  ): Promise<string | null>;
  /**
   * A shop order's packing step (`shop:step`): recorded at this station only, under the same rules
   * in main. Resolves to main's refusal, or null.
   */
  runShopStep(
    step: ShopStepName,
    choice: { seenStatus: FulfillmentStatus; confirmed?: boolean },
  ): Promise<string | null>;
  /** Whether a printer took this order's shipping label (a dispatch without one asks first). */
  labelPrinted(): Promise<boolean>;
  /** "Take Equipme's status" of a locked order. Resolves to main's refusal, or null. */
  takeServerStatus(reason: string): Promise<string | null>;
  /** The packer read the packing instructions shown (audited in main); the message of a refusal. */
  acknowledgeInstructions(digest: string): Promise<string | null>;
  /** A supervisor releases the lock after checking the box. */
  releaseLock(pin: string, reason: string): Promise<string | null>;
  /** A supervisor sends an action our lifecycle table does not offer. */
  supervisorAction(action: FulfillmentAction, pin: string, reason: string): Promise<string | null>;
  /** Takes the feedback away; a red screen only by the packer's acknowledgement, which main logs. */
  dismissFeedback(): void;
}

const NO_MISTAKES: ScanMistakeCounts = { wrongScans: 0, overScans: 0 };

/** The counts on screen: saved plus what is on its way. */
export function pickedNow(state: Pick<OrderState, 'saved' | 'unsaved'>): number[] {
  const length = Math.max(state.saved.length, state.unsaved.length);
  return Array.from({ length }, (_, i) => (state.saved[i] ?? 0) + (state.unsaved[i] ?? 0));
}

export const useOrderStore = create<OrderState>()((set, get) => {
  // One recorder for the station: its calls stay in turn across orders.
  const picks = createPickRecorder(get, set);

  /** Main answered with the order as it is now (a lock taken away, a status taken over). */
  async function settle(
    orderId: number,
    response: { ok: true; value: OrderDetail } | { ok: false; error: { message: string } },
  ): Promise<string | null> {
    if (!response.ok) return response.error.message;
    if (get().orderId === orderId)
      set({
        detail: response.value,
        saved: response.value.picked,
        manual: response.value.manual,
        feedback: null,
      });
    return null;
  }

  function show(feedback: PickFeedback): void {
    const cue = cueFor(feedback);
    if (cue) play(cue);
    set({ feedback, pickError: null });
  }

  function showCounted(detail: OrderDetail, picked: number[], line: number): void {
    const lines = pickLines(detail.order, picked);
    show(countedFeedback(line, lines[line]?.complete === true, orderProgress(lines).complete, null));
  }

  return {
    orderId: null,
    detail: null,
    loadError: null,
    saved: [],
    unsaved: [],
    manual: [],
    mistakes: NO_MISTAKES,
    learned: [],
    feedback: null,
    switchTo: null,
    manualAsk: null,
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
        manual: [],
        mistakes: NO_MISTAKES,
        feedback: null,
        switchTo: null,
        manualAsk: null,
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
      set({ orderId: null, detail: null, feedback: null, switchTo: null, manualAsk: null });
    },

    countsSaved: () => picks.answered(),

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
        mistakes: response.value.mistakes,
        ...(settled ? { saved: response.value.picked, manual: response.value.manual } : {}),
      });
    },

    scan(code) {
      const { detail, learned, feedback } = get();
      if (!detail) return;
      // A red screen stays until the packer acknowledges it: nothing is counted meanwhile, and
      // scanning (the wrong item again, or the next one) is not an acknowledgement.
      if (isScanError(feedback)) {
        play(cueFor(feedback) ?? 'wrong-item');
        set({ feedback: { ...feedback, ignored: normalizeScan(code) } });
        return;
      }
      const label = parseOrderCode(code);
      if (label.kind === 'label') {
        if (label.orderId === detail.order.id) show(notCountedFeedback('own-label', code));
        else set({ switchTo: label.orderId });
        return;
      }
      if (label.kind === 'shop-label') {
        // A shop order's label names the shop's own id; another order's opens through the lookup.
        const own = detail.shop?.source === label.source && detail.shop.id === label.id;
        if (own) show(notCountedFeedback('own-label', code));
        else
          void invoke('orders:lookup', { code }).then((found) => {
            if (found.ok && found.value && get().detail === detail) set({ switchTo: found.value.orderId });
          });
        return;
      }
      // Main refuses pick changes of a locked or packed order: say so instead of counting.
      if (detail.lock) {
        show(notCountedFeedback('locked', code));
        return;
      }
      if (detail.picksLocked) {
        show(notCountedFeedback('packed', code));
        return;
      }
      const match = matchScan(detail.order, pickedNow(get()), code, learned);
      const shown = feedbackFor(match, code, learned);
      show(shown);
      if (match.kind === 'matched') picks.record(match.line.index, 1, 'scan');
      else picks.keep('picks:mistake', shown);
    },

    adjust(line, delta) {
      const { detail } = get();
      if (!detail || detail.lock) return;
      if (detail.picksLocked) {
        set({ pickError: detail.picksLocked });
        return;
      }
      const result = adjustPick(detail.order, pickedNow(get()), line, delta);
      if (!result.ok) {
        set({ pickError: result.error.message });
        return;
      }
      if (delta === 1) {
        // Main decides; until the settings are loaded, assume the default (a supervisor vouches).
        if (useSettingsStore.getState().settings?.manualCountNeedsSupervisor ?? true) {
          set({ manualAsk: line, pickError: null });
          return;
        }
        showCounted(detail, result.value, line);
      } else {
        set({ feedback: null, pickError: null });
      }
      picks.record(line, delta, 'manual');
    },

    async countByHand(line, pin) {
      const { orderId, detail } = get();
      if (orderId === null || !detail) return null;
      const response = await picks.inTurn(() =>
        invoke('picks:record', { orderId, line, delta: 1, source: 'manual', pin }),
      );
      if (get().orderId !== orderId) return null;
      if (!response.ok) return response.error.message;
      set({ saved: response.value.picked, manual: response.value.manual, manualAsk: null });
      showCounted(detail, pickedNow(get()), line);
      return null;
    },

    cancelManual() {
      set({ manualAsk: null });
    },

    cancelSwitch() {
      set({ switchTo: null });
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

    async runShopStep(step, choice) {
      const { orderId, detail } = get();
      if (orderId === null || !detail?.shop || get().sending) return null;
      set({ sending: step, actionError: null });
      // The counts still on their way go first: main checks the picks before it packs.
      await picks.answered();
      const response = await invoke('shop:step', {
        orderId,
        step,
        seenStatus: choice.seenStatus,
        ...(choice.confirmed ? { confirmed: true } : {}),
      });
      if (get().orderId !== orderId) return null;
      set({ sending: null });
      if (!response.ok) {
        set({ actionError: response.error.message });
        await get().reload();
        return response.error.message;
      }
      return settle(orderId, response);
    },

    async runAction(action, choice) {
      const { orderId, detail } = get();
      const { seenStatus } = choice;
      if (orderId === null || !detail || get().sending || !isKnownStatus(seenStatus)) return null;
      set({ sending: action, actionError: null });
      // The counts still on their way go first: main checks the picks before it packs.
      await picks.answered();
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

    async acknowledgeInstructions(digest) {
      const orderId = get().orderId;
      if (orderId === null) return null;
      return settle(orderId, await invoke('orders:acknowledge-instructions', { orderId, digest }));
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
      const { feedback } = get();
      set({ feedback: null });
      if (isScanError(feedback)) picks.keep('picks:acknowledge', feedback);
    },
  };
});
