// After a crash the window reloads this page: it asks main what it showed (an order, a shipment) and
// opens it again (its picks are in the station's database). From then on every change of screen
// tells main what is shown, so the next reload knows too, and the updater never installs over an
// order or a shipment on screen.
import type { ResumePoint } from '../../shared/ipc/recovery.ts';
import { invoke } from '../api/station.ts';
import { type Screen, useNavigationStore } from './use-navigation-store.ts';

function pointOf(screen: Screen): ResumePoint | null {
  if (screen.name === 'shipment') return { salesOrderId: screen.salesOrderId };
  if (screen.name !== 'order') return null;
  return screen.fromShipment === undefined
    ? { orderId: screen.orderId }
    : { orderId: screen.orderId, fromShipment: screen.fromShipment };
}

function reopen(point: ResumePoint): void {
  const navigation = useNavigationStore.getState();
  if ('salesOrderId' in point) navigation.openShipment(point.salesOrderId);
  else if (point.fromShipment === undefined) navigation.openOrder(point.orderId);
  else navigation.openShipmentOrder(point.orderId, point.fromShipment);
}

/** Reopens what the page showed before it reloaded, then reports each screen; returns the unsubscribe. */
export function resumeScreen(): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  void invoke('station:resume').then((response) => {
    if (stopped) return;
    const resumed = response.ok ? response.value : null;
    // Only onto the first screen: someone who already moved on keeps where they are.
    if (resumed && useNavigationStore.getState().screen.name === 'queue') reopen(resumed);
    let last = JSON.stringify(resumed);
    const tell = (screen: Screen) => {
      const point = pointOf(screen);
      const text = JSON.stringify(point);
      if (text === last) return;
      last = text;
      void invoke('station:showing', { showing: point });
    };
    // Main still holds what the page showed before the reload: tell it where this one is.
    tell(useNavigationStore.getState().screen);
    unsubscribe = useNavigationStore.subscribe(({ screen }) => tell(screen));
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
