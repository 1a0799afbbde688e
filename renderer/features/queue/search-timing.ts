// Keystroke-to-paint time of the queue search, for the bench and the e2e runs. The newest text typed
// is followed through its steps (request sent, answer in, list committed); one frame after the list
// committed its results a `queue-search-paint` measure names the text and the steps, in ms after
// the input event. Read it with performance.getEntriesByName(SEARCH_PAINT_MEASURE). A text typed
// over before its results were shown is never measured: its results are never shown.
export const SEARCH_PAINT_MEASURE = 'queue-search-paint';

export interface SearchPaintDetail {
  text: string;
  /** performance.now() of the input event. */
  typedAt: number;
  sentMs: number | null;
  answeredMs: number | null;
  committedMs: number | null;
}

let following: SearchPaintDetail | null = null;

const timed = () => typeof performance !== 'undefined' && typeof performance.measure === 'function';

/** The search field now holds `text` (the input event's timeStamp). */
export function markSearchTyped(text: string, at: number): void {
  if (!timed()) return;
  following = { text, typedAt: at, sentMs: null, answeredMs: null, committedMs: null };
}

function step(text: string, name: 'sentMs' | 'answeredMs' | 'committedMs'): SearchPaintDetail | null {
  if (following?.text !== text || following[name] !== null) return null;
  following[name] = performance.now() - following.typedAt;
  return following;
}

export function markSearchSent(text: string): void {
  step(text, 'sentMs');
}

export function markSearchAnswered(text: string): void {
  step(text, 'answeredMs');
}

/** The list committed the results of `text` to the DOM: measured when the next frame paints. */
export function markSearchCommitted(text: string): void {
  const detail = step(text, 'committedMs');
  if (!detail) return;
  following = null;
  requestAnimationFrame(() => {
    performance.measure(SEARCH_PAINT_MEASURE, { start: detail.typedAt, end: performance.now(), detail });
  });
}
