// The station's own keys, for a packer without a mouse. Function keys, because a keyboard-wedge
// scanner never sends them and no text field takes them: they cannot collide with a scan or with
// typing. (F1, F5–F7 and F10–F12 belong to the browser and the window; F3 only finds text there.)
import { useNavigationStore } from '../use-navigation-store.ts';
import { type FocusTarget, requestFocus } from './focus-targets.ts';

/** Key → where it sends the keyboard. Shown on screen next to each place (see `shortcutKey`). */
const SHORTCUTS: Readonly<Record<string, FocusTarget>> = {
  F2: 'queue-search',
  F3: 'queue-list',
};

/** The key that reaches `target`, for the hint shown beside it and its aria-keyshortcuts. */
export function shortcutKey(target: FocusTarget): string {
  const entry = Object.entries(SHORTCUTS).find(([, to]) => to === target);
  if (!entry) throw new Error(`no shortcut reaches ${target}`);
  return entry[0];
}

/** Listens on the whole window: each key opens the queue if needed and focuses its place. */
export function installShortcuts(): () => void {
  function onKeyDown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = SHORTCUTS[event.key];
    if (!target) return;
    // A dialog keeps the keyboard until it is answered or closed.
    if (document.querySelector('[aria-modal="true"]')) return;
    event.preventDefault();
    const navigation = useNavigationStore.getState();
    if (navigation.screen.name !== 'queue') navigation.openQueue();
    requestFocus(target);
  }
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
