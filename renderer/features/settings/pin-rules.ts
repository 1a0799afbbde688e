import { SUPERVISOR_PIN_PATTERN } from '../../../shared/ipc/settings.ts';

export type PinProblem = 'current-required' | 'format' | 'mismatch';

/** What is wrong with a PIN change before it is sent, or null. Main checks the current PIN itself. */
export function checkPinChange(change: {
  pinSet: boolean;
  current: string;
  next: string;
  repeat: string;
}): PinProblem | null {
  if (change.pinSet && change.current === '') return 'current-required';
  if (!SUPERVISOR_PIN_PATTERN.test(change.next)) return 'format';
  if (change.next !== change.repeat) return 'mismatch';
  return null;
}
