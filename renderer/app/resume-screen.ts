// After a crash the window reloads this page: it asks main which order was open and opens it again
// (its picks are in the station's database). From then on every change of screen tells main what
// is shown, so the next reload knows too.
import type { ResumePoint } from '../../shared/ipc/recovery.ts';
import { invoke } from '../api/station.ts';
import { type Screen, useNavigationStore } from './use-navigation-store.ts';

function pointOf(screen: Screen): ResumePoint | null {
  if (screen.name !== 'order') return null;
  return screen.fromShipment === undefined
    ? { orderId: screen.orderId }
    : { orderId: screen.orderId, fromShipment: screen.fromShipment };
}

/** Reopens what the page showed before it reloaded, then reports each screen; returns the unsubscribe. */
export function resumeScreen(): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  void invoke('station:resume').then((response) => {
    if (stopped) return;
    const navigation = useNavigationStore.getState();
    // Only onto the first screen: someone who already moved on keeps where they are.
    if (response.ok && response.value && navigation.screen.name === 'queue') {
      const { orderId, fromShipment } = response.value;
      if (fromShipment === undefined) navigation.openOrder(orderId);
      else navigation.openShipmentOrder(orderId, fromShipment);
    }
    let last = JSON.stringify(pointOf(useNavigationStore.getState().screen));
    unsubscribe = useNavigationStore.subscribe(({ screen }) => {
      const point = pointOf(screen);
      const text = JSON.stringify(point);
      if (text === last) return;
      last = text;
      void invoke('station:showing', { showing: point });
    });
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
