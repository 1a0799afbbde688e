// Keyboard input as a wedge scanner and as a person produce it, for the ScanRouter tests.
import { act } from '@testing-library/react';

function press(key: string): void {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

/** A scanner: every key of the code within a millisecond or two, then Enter. */
export function scanKeys(code: string, terminator = 'Enter'): void {
  act(() => {
    for (const char of code) press(char);
    press(terminator);
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
