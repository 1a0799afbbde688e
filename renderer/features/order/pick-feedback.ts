// What the packer sees and hears after a scan or a +1/−1: one value per event, numbered so the same
// feedback twice in a row still flashes twice.

import type { ScanMatch } from '../../../shared/domain/pick-progress.ts';
import type { LearnedBarcode } from '../../../shared/ipc/picking.ts';
import type { SoundCue } from '../../app/sound/cues.ts';

export type PickFeedback =
  | { kind: 'counted'; seq: number; line: number; code: string | null }
  | { kind: 'line-complete'; seq: number; line: number; code: string | null }
  | { kind: 'order-complete'; seq: number; line: number; code: string | null }
  /**
   * Not on this order. `knownAs` is the part number the station learned for it, if any. `ignored`:
   * the last code scanned while this stayed unacknowledged (not counted).
   */
  | { kind: 'wrong-item'; seq: number; code: string; knownAs: string | null; ignored: string | null }
  | { kind: 'over-scan'; seq: number; line: number; code: string; ignored: string | null }
  /** The order is locked: main refuses pick changes, so the scan was not counted. */
  | { kind: 'locked'; seq: number; code: string }
  /** The order is packed: its pick counts no longer change, so the scan was not counted. */
  | { kind: 'packed'; seq: number; code: string }
  /** This order's own label (PSO<id>), scanned on its own screen: not an item, nothing counted. */
  | { kind: 'own-label'; seq: number; code: string };

let seq = 0;

export function feedbackFor(
  match: ScanMatch,
  code: string,
  learned: readonly LearnedBarcode[],
): PickFeedback {
  seq += 1;
  switch (match.kind) {
    case 'matched':
      return countedFeedback(match.line.index, match.lineComplete, match.orderComplete, code);
    case 'over-scan':
      return { kind: 'over-scan', seq, line: match.line.index, code, ignored: null };
    case 'wrong-item': {
      const upper = match.code.toUpperCase();
      const known = learned.find((barcode) => barcode.code.toUpperCase() === upper);
      return { kind: 'wrong-item', seq, code: match.code, knownAs: known?.partNumber ?? null, ignored: null };
    }
  }
}

/** A scan that was not counted: the order is locked or packed, or the code is its own label. */
export function notCountedFeedback(kind: 'locked' | 'packed' | 'own-label', code: string): PickFeedback {
  seq += 1;
  return { kind, seq, code };
}

/** A line went up by one, by scan (with its code) or by hand. */
export function countedFeedback(
  line: number,
  lineComplete: boolean,
  orderComplete: boolean,
  code: string | null,
): PickFeedback {
  seq += 1;
  if (orderComplete) return { kind: 'order-complete', seq, line, code };
  if (lineComplete) return { kind: 'line-complete', seq, line, code };
  return { kind: 'counted', seq, line, code };
}

/** The sound of a feedback; null for none (the order's own label is not a mistake). */
export function cueFor(feedback: PickFeedback): SoundCue | null {
  switch (feedback.kind) {
    case 'counted':
      return 'scan-ok';
    case 'line-complete':
      return 'line-complete';
    case 'order-complete':
      return 'order-complete';
    case 'wrong-item':
      return 'wrong-item';
    case 'over-scan':
      return 'over-scan';
    case 'locked':
    case 'packed':
      return 'wrong-item';
    case 'own-label':
      return null;
  }
}

/** Errors take over the whole screen until the packer acknowledges them (OK or Escape, audited). */
export function isScanError(
  feedback: PickFeedback | null,
): feedback is Extract<PickFeedback, { kind: 'wrong-item' | 'over-scan' }> {
  return feedback?.kind === 'wrong-item' || feedback?.kind === 'over-scan';
}
