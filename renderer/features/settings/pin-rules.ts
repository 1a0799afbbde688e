/** A supervisor PIN: digits only, long enough not to be guessed over a shoulder, short enough to type. */
export const PIN_PATTERN = /^\d{4,8}$/;

export type PinProblem = 'current-required' | 'format' | 'mismatch';

/** What is wrong with a PIN change before it is sent, or null. Main checks the current PIN itself. */
export function checkPinChange(change: {
  pinSet: boolean;
  current: string;
  next: string;
  repeat: string;
}): PinProblem | null {
  if (change.pinSet && change.current === '') return 'current-required';
  if (!PIN_PATTERN.test(change.next)) return 'format';
  if (change.next !== change.repeat) return 'mismatch';
  return null;
}
