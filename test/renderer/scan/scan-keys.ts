// Keyboard input as a wedge scanner and as a person produce it, for the ScanRouter tests. Every key
// carries its own time stamp, so how fast a loaded machine runs the test cannot change whether the
// keys look scanned or typed.
import { act } from '@testing-library/react';
import { insertText, isTextField } from '../../../renderer/app/scan/retype-keys.ts';

/** Dispatches one keydown where the focus is; false when the listener swallowed it. */
export function pressKey(key: string, timeStamp: number = performance.now()): boolean {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  return target.dispatchEvent(event);
}

/**
 * One key as the browser handles it: the keydown and then, unless a listener prevented it, its
 * default action: a character is typed at the focused field's caret (happy-dom types nothing).
 */
export function typeKey(key: string, timeStamp: number = performance.now()): boolean {
  const typed = pressKey(key, timeStamp);
  const field = document.activeElement;
  if (typed && [...key].length === 1 && isTextField(field)) insertText(field, key);
  return typed;
}

/** A scanner: every key of the code and the terminator at one instant (`at`, default now). */
export function scanKeys(code: string, terminator = 'Enter', at = performance.now()): void {
  act(() => {
    for (const char of code) pressKey(char, at);
    pressKey(terminator, at);
  });
}

// Longer than any listener's flush timer in these tests (maxInterKeyMs + 1; the fixtures use ≤ 50).
const FLUSH_WAIT_MS = 60;

/**
 * A person: keys `gapMs` apart (longer than the scanner threshold), stamped so that the last one
 * was typed `gapMs` ago. Resolves when the listener's flush timer has given the last key back to
 * its field (timers fire in order, so waiting longer than that timer is an event, not a guess) and
 * returns the last key's time stamp, for keys that follow it.
 */
export async function typeSlowly(text: string, gapMs = 90): Promise<number> {
  const keys = [...text];
  const first = performance.now() - keys.length * gapMs;
  act(() => {
    for (const [i, char] of keys.entries()) pressKey(char, first + i * gapMs);
  });
  await act(() => new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS)));
  return first + (keys.length - 1) * gapMs;
}
