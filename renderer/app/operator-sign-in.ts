// Who is packing, for the whole app. Main decides and audits (operator:sign-in / operator:sign-out);
// the settings store's `operator` follows its answer, and while it is '' the app shows the sign-in
// screen instead of the queue and the order. A badge scan anywhere signs in, out or switches; any
// other scan before someone signs in is not counted.
import { isBadge } from '../../shared/domain/operator-badge.ts';
import type { IpcError } from '../../shared/ipc/envelope.ts';
import type { OperatorChange, OperatorSignInArgs } from '../../shared/ipc/settings.ts';
import { invoke } from '../api/station.ts';
import { i18n } from '../i18n/index.ts';
import { useNavigationStore } from './use-navigation-store.ts';
import { useSettingsStore } from './use-settings-store.ts';
import { useToastStore } from './use-toast-store.ts';

/** Signs in by typed name or scanned badge; resolves to main's refusal, or null. */
export async function signIn(args: OperatorSignInArgs): Promise<IpcError | null> {
  const response = await invoke('operator:sign-in', args);
  if (!response.ok) return response.error;
  follow(response.value);
  return null;
}

export async function signOut(): Promise<IpcError | null> {
  const response = await invoke('operator:sign-out');
  if (!response.ok) return response.error;
  follow(response.value);
  return null;
}

/**
 * Takes the scans that are about who is packing: a badge, or any scan while nobody is signed in
 * (said so, and not counted). Returns false for the scans the other routes are for.
 */
export function takeSignInScan(code: string): boolean {
  const settings = useSettingsStore.getState().settings;
  if (settings && isBadge(code, settings.badgePrefix)) {
    void signIn({ badge: code }).then((refusal) => {
      if (refusal) toast('error', refusal.message);
    });
    return true;
  }
  // A scan into an open dialog (a PIN, a reason) is typed there, signed in or not.
  if (settings?.operator || document.querySelector('[role="dialog"][aria-modal="true"]')) return false;
  toast('error', i18n.t('signin:scan.notCounted'));
  return true;
}

function follow(change: OperatorChange): void {
  const { settings, load } = useSettingsStore.getState();
  if (settings) useSettingsStore.setState({ settings: { ...settings, operator: change.operator } });
  else void load();
  const { operator: name, previous } = change;
  if (change.outcome === 'signed-in') toast('success', i18n.t('signin:toast.signedIn', { name }));
  if (change.outcome === 'switched') toast('success', i18n.t('signin:toast.switched', { name, previous }));
  if (change.outcome === 'signed-out') {
    // The next person starts at the queue, not inside someone else's order.
    useNavigationStore.getState().openQueue();
    toast('info', i18n.t('signin:toast.signedOut', { name: previous }));
  }
}

function toast(kind: 'success' | 'error' | 'info', text: string): void {
  useToastStore.getState().show({ kind, text });
}
