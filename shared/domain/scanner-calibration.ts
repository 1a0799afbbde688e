// Scanner setup: derive the wedge thresholds from a few test scans of the operator's own scanner.
import type { ScannerSettings } from '../ipc/settings.ts';
import { err, ok, type Result } from './result.ts';
import { isPrintable, type KeyStroke, MODIFIER_KEYS } from './wedge-scanner.ts';

export type CalibrationProblemCode =
  | 'no-samples'
  | 'no-terminator'
  | 'mixed-terminators'
  | 'unexpected-key'
  | 'too-short'
  | 'too-slow';

export interface CalibrationProblem {
  code: CalibrationProblemCode;
  message: string;
}

/** Bounds of the inter-key threshold: below 15 ms a busy PC misses scans, above 80 ms fast typists pass. */
export const INTER_KEY_BOUNDS = { min: 15, max: 80 } as const;
/** The shortest code the detector may require. */
export const MIN_CODE_LENGTH = 4;
/** Added to 1.5 × the slowest observed gap, for a scanner on a slower day (or a slower USB hub). */
const MARGIN_MS = 5;

interface Sample {
  length: number;
  maxGap: number;
  terminator: ScannerSettings['terminator'];
}

/**
 * Recommended settings from a few test scans (each the key events of one scan, terminator included):
 * inter-key threshold 1.5 × the slowest gap + a margin, minimum length 2 below the shortest code.
 */
export function calibrate(scans: KeyStroke[][]): Result<ScannerSettings, CalibrationProblem> {
  if (scans.length === 0) {
    return problem('no-samples', 'No test scans yet: scan a barcode a few times, then calibrate.');
  }
  const samples: Sample[] = [];
  for (const [i, scan] of scans.entries()) {
    const sample = readSample(scan, i + 1);
    if (!sample.ok) return sample;
    samples.push(sample.value);
  }
  const terminators = new Set(samples.map((s) => s.terminator));
  const [terminator] = terminators;
  if (terminators.size > 1 || terminator === undefined) {
    return problem(
      'mixed-terminators',
      'Some test scans ended with Enter and others with Tab: check the scanner has one suffix set and scan again.',
    );
  }
  const shortest = Math.min(...samples.map((s) => s.length));
  if (shortest < MIN_CODE_LENGTH) {
    return problem(
      'too-short',
      `A test code had only ${shortest} characters: scan a barcode of at least ${MIN_CODE_LENGTH} characters.`,
    );
  }
  const slowest = Math.max(...samples.map((s) => s.maxGap));
  if (slowest > INTER_KEY_BOUNDS.max) {
    return problem(
      'too-slow',
      `Keys came up to ${Math.round(slowest)} ms apart: too slow for a scanner. Scan the test barcode with the scanner (not by typing); if it was the scanner, raise its transmission speed.`,
    );
  }
  return ok({
    maxInterKeyMs: clamp(Math.ceil(slowest * 1.5 + MARGIN_MS), INTER_KEY_BOUNDS.min, INTER_KEY_BOUNDS.max),
    minLength: Math.max(MIN_CODE_LENGTH, shortest - 2),
    terminator,
  });
}

function readSample(scan: KeyStroke[], number: number): Result<Sample, CalibrationProblem> {
  const keys = scan.filter((stroke) => !MODIFIER_KEYS.has(stroke.key));
  const last = keys.at(-1);
  if (last === undefined || (last.key !== 'Enter' && last.key !== 'Tab')) {
    return problem(
      'no-terminator',
      `Test scan ${number} did not end with Enter or Tab: set the scanner to send Enter after each code and scan again.`,
    );
  }
  const odd = keys.slice(0, -1).find((stroke) => !isPrintable(stroke.key));
  if (odd !== undefined) {
    return problem(
      'unexpected-key',
      `Test scan ${number} contained the key "${odd.key}": scan the test barcode again without touching the keyboard.`,
    );
  }
  let maxGap = 0;
  let previous: number | null = null;
  for (const { time } of keys) {
    if (previous !== null) maxGap = Math.max(maxGap, time - previous);
    previous = time;
  }
  return ok({ length: keys.length - 1, maxGap, terminator: last.key });
}

function problem(code: CalibrationProblemCode, message: string): { ok: false; error: CalibrationProblem } {
  return err({ code, message });
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
