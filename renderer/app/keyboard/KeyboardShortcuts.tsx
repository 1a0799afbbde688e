// Mounted once by the App: the station's function keys (see shortcuts.ts).
import { useEffect } from 'react';
import { installShortcuts } from './shortcuts.ts';

export function KeyboardShortcuts(): null {
  useEffect(installShortcuts, []);
  return null;
}
