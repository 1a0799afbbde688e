// Keyboard input as a wedge scanner and as a person produce it, for the ScanRouter tests.
import { act } from '@testing-library/react';

function press(key: string, timeStamp?: number): void {
  const target = document.activeElement ?? document.body;
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  if (timeStamp !== undefined) Object.defineProperty(event, 'timeStamp', { value: timeStamp });
  target.dispatchEvent(event);
}

/**
 * A scanner: every key of the code and the terminator at one instant. The keys carry that time
 * stamp themselves, so a loaded machine pausing this loop cannot make the scan look typed.
 */
export function scanKeys(code: string, terminator = 'Enter'): void {
  const at = performance.now();
  act(() => {
    for (const char of code) press(char, at);
    press(terminator, at);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A person: `gapMs` between keys (longer than the scanner threshold). */
export async function typeSlowly(text: string, gapMs = 90): Promise<void> {
  for (const char of text) {
    act(() => press(char));
    await act(() => pause(gapMs));
  }
}
