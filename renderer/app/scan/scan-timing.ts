// Scan-to-feedback time, for the e2e run and the bench: a mark at the scanner's terminator key, a
// `scan-feedback` measure when the screen shows what the scan did (read it with
// performance.getEntriesByName('scan-feedback')).
const START_MARK = 'scan-start';
export const SCAN_FEEDBACK_MEASURE = 'scan-feedback';

let waiting = false;

export function markScanStart(): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(START_MARK);
  performance.mark(START_MARK);
  waiting = true;
}

/** Called where the feedback is rendered; measures once per scan. */
export function measureScanFeedback(): void {
  if (!waiting) return;
  waiting = false;
  performance.measure(SCAN_FEEDBACK_MEASURE, START_MARK);
}
