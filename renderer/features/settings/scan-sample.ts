import type { KeyStroke } from '../../../shared/domain/wedge-scanner.ts';
import { isPrintable, MODIFIER_KEYS } from '../../../shared/domain/wedge-scanner.ts';

/** What one test scan looked like, for the operator: the code read and the gaps between its keys. */
export interface ScanSample {
  code: string;
  /** ms between consecutive keys (terminator included, modifier keys left out). */
  gaps: number[];
  maxGap: number;
  meanGap: number;
}

export function describeScan(strokes: readonly KeyStroke[]): ScanSample {
  const keys = strokes.filter((stroke) => !MODIFIER_KEYS.has(stroke.key));
  const code = keys
    .filter((stroke) => isPrintable(stroke.key))
    .map((stroke) => stroke.key)
    .join('');
  const gaps = keys.slice(1).map((stroke, i) => stroke.time - (keys[i]?.time ?? stroke.time));
  const maxGap = gaps.length > 0 ? Math.max(...gaps) : 0;
  const meanGap = gaps.length > 0 ? gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length : 0;
  return { code, gaps, maxGap, meanGap };
}
