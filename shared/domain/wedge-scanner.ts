// Tells a keyboard-wedge scanner from a person at the keyboard, wherever the focus is.
//
// The heuristic: a scanner "types" a whole code in a burst — every keystroke within a few
// milliseconds of the previous one — and ends it with its terminator (Enter or Tab). A person needs
// far longer between keys (60–200 ms even for a fast typist) and rarely types `minLength` characters
// and Enter in one burst. So every printable key is held back ('buffering': the caller prevents its
// default, so a scan never types into a text field; or, in a field that must answer every key at
// once, lets it through and takes the burst back out if it was a scan) until one of these decides:
// - the terminator after at least `minLength` fast keys: a scan;
// - a gap longer than `maxInterKeyMs`, a terminator too early, or another key (arrows, Backspace…):
//   a person, and the held-back keys are handed back ('typing') for the caller to re-insert, so a
//   person's keystrokes are delayed by at most `maxInterKeyMs` and never lost;
// - silence: the caller calls `flush(now)` after `maxInterKeyMs` and gets the keys back.
// Feed keydown events without Ctrl/Meta and without auto-repeat; modifier keys are ignored.
import type { ScannerSettings } from '../ipc/settings.ts';

export interface KeyStroke {
  /** KeyboardEvent.key */
  key: string;
  /** KeyboardEvent.timeStamp (ms; any monotonic clock). */
  time: number;
}

export type Verdict =
  /** Not a scanner's key: let it do what it does. */
  | { type: 'pass' }
  /**
   * The key may be part of a scan: swallow it (or let it through and take it back out on 'scan').
   * Call flush after maxInterKeyMs of silence.
   */
  | { type: 'buffering' }
  /** Swallow the key (the terminator): the burst was a scan. */
  | { type: 'scan'; code: string }
  /**
   * It was a person: re-insert `keys` (held back earlier), then either swallow the current key, which
   * starts a new burst ('buffered'), or let it through ('pass').
   */
  | { type: 'typing'; keys: string[]; current: 'buffered' | 'pass' };

export interface WedgeDetector {
  push(stroke: KeyStroke): Verdict;
  /** After silence: the held-back keys when the burst went stale by `now`, else null. */
  flush(now: number): { type: 'typing'; keys: string[] } | null;
  reset(): void;
}

/** Keys a scanner presses to type a character, never a character themselves. */
export const MODIFIER_KEYS: ReadonlySet<string> = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'CapsLock',
]);

export function createWedgeDetector(settings: ScannerSettings): WedgeDetector {
  let keys: string[] = [];
  let lastTime = 0;

  function takeKeys(): string[] {
    const taken = keys;
    keys = [];
    return taken;
  }

  function push(stroke: KeyStroke): Verdict {
    if (MODIFIER_KEYS.has(stroke.key)) return { type: 'pass' };
    if (keys.length > 0 && stroke.time - lastTime > settings.maxInterKeyMs) {
      const held = takeKeys();
      const next = push(stroke);
      // A slow key is the end of a person's burst; the key itself gets a fresh start.
      return { type: 'typing', keys: held, current: next.type === 'buffering' ? 'buffered' : 'pass' };
    }
    if (isPrintable(stroke.key)) {
      keys.push(stroke.key);
      lastTime = stroke.time;
      return { type: 'buffering' };
    }
    if (keys.length === 0) return { type: 'pass' };
    if (stroke.key === settings.terminator && keys.length >= settings.minLength) {
      return { type: 'scan', code: takeKeys().join('') };
    }
    return { type: 'typing', keys: takeKeys(), current: 'pass' };
  }

  function flush(now: number): { type: 'typing'; keys: string[] } | null {
    if (keys.length === 0 || now - lastTime <= settings.maxInterKeyMs) return null;
    return { type: 'typing', keys: takeKeys() };
  }

  return {
    push,
    flush,
    reset() {
      keys = [];
    },
  };
}

/** A key that types one character (KeyboardEvent.key is then that character). */
export function isPrintable(key: string): boolean {
  return [...key].length === 1;
}
