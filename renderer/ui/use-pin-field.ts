// The supervisor PIN as a field inside a form that main guards with it (the printer dialogs): shown
// when the station has a PIN, and shown again, empty, whenever main refuses the PIN.
import { useState } from 'react';
import type { IpcError } from '../../shared/ipc/envelope.ts';
import { useSettingsStore } from '../app/use-settings-store.ts';

export function usePinField() {
  const pinSet = useSettingsStore((state) => state.settings?.supervisorPinSet ?? false);
  const [pin, setPin] = useState('');
  const [asked, setAsked] = useState(false);
  const shown = pinSet || asked;
  return {
    shown,
    pin,
    setPin,
    /** The field is there but empty: say so before asking main. */
    missing: shown && pin === '',
    /** What to add to the request. */
    args: (): { pin?: string } => (shown ? { pin } : {}),
    /** After main's answer: a refused PIN is cleared so it is typed again. */
    answered(failure: IpcError | null) {
      if (failure?.code !== 'wrong-pin') return;
      setAsked(true);
      setPin('');
    },
  };
}
