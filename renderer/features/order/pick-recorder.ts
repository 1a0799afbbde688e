// Saving what the packer counted: pick counts and scan mistakes go to main one call after the
// other, so each answer covers every earlier change, and a step waits for all of them (main checks
// the picks before it packs). Until main answers, a count shows as `unsaved` on top of `saved`.
import { normalizeScan } from '../../../shared/domain/scan-codes.ts';
import { invoke } from '../../api/station.ts';
import { isScanError, type PickFeedback } from './pick-feedback.ts';
import type { OrderState } from './use-order-store.ts';

/** The longest code main takes for the audit log (shared/ipc/schemas.ts). */
const MAX_KEPT_CODE = 200;

export interface PickRecorder {
  /** A count the screen shows at once, saved in main in the background. */
  record(line: number, delta: 1 | -1, source: 'scan' | 'manual'): void;
  /** A wrong scan, an over-scan or its acknowledgement goes on record in main. */
  keep(channel: 'picks:mistake' | 'picks:acknowledge', error: PickFeedback): void;
  /** Runs after every earlier picks:* call of this station has been answered. */
  inTurn<T>(call: () => Promise<T>): Promise<T>;
  /** Resolves once every call made so far has been answered. */
  answered(): Promise<void>;
}

type Get = () => OrderState;
type Set = (partial: Partial<OrderState>) => void;

export function createPickRecorder(get: Get, set: Set): PickRecorder {
  let chain: Promise<void> = Promise.resolve();

  function inTurn<T>(call: () => Promise<T>): Promise<T> {
    const turn = chain.then(call);
    chain = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  function addUnsaved(line: number, delta: number): void {
    const unsaved = [...get().unsaved];
    unsaved[line] = (unsaved[line] ?? 0) + delta;
    set({ unsaved });
  }

  return {
    inTurn,
    answered: () => chain,

    record(line, delta, source) {
      const orderId = get().orderId;
      if (orderId === null) return;
      addUnsaved(line, delta);
      void inTurn(async () => {
        const response = await invoke('picks:record', { orderId, line, delta, source });
        if (get().orderId !== orderId) return;
        addUnsaved(line, -delta);
        if (response.ok) set({ saved: response.value.picked, manual: response.value.manual });
        else set({ pickError: response.error.message });
      });
    },

    keep(channel, error) {
      const orderId = get().orderId;
      if (orderId === null || !isScanError(error)) return;
      const line = error.kind === 'over-scan' ? { line: error.line } : {};
      // What main keeps of a garbage scan: its first 200 characters, without control characters.
      const code = normalizeScan(error.code).slice(0, MAX_KEPT_CODE);
      if (code === '') return;
      void inTurn(async () => {
        const response = await invoke(channel, { orderId, code, kind: error.kind, ...line });
        if (get().orderId !== orderId) return;
        if (response.ok) set({ mistakes: response.value });
        else set({ pickError: response.error.message });
      });
    },
  };
}
