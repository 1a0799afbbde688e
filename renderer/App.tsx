import { useEffect } from 'react';
import { assertNever } from '../shared/domain/assert-never.ts';
import { KeyboardShortcuts } from './app/keyboard/KeyboardShortcuts.tsx';
import { resumeScreen } from './app/resume-screen.ts';
import { ScanRouter } from './app/scan/ScanRouter.tsx';
import { type Screen, useNavigationStore } from './app/use-navigation-store.ts';
import { useSettingsStore } from './app/use-settings-store.ts';
import { useStationStore } from './app/use-station-store.ts';
import { useSyncStore } from './app/use-sync-store.ts';
import { useUpdateStore } from './app/use-update-store.ts';
import { OrderChooser } from './features/order-chooser/OrderChooser.tsx';
import { OrderQueue } from './features/queue/OrderQueue.tsx';
import { LockedOrdersBanner } from './features/shell/LockedOrdersBanner.tsx';
import { StationHeader } from './features/shell/StationHeader.tsx';
import { SyncBanner } from './features/shell/SyncBanner.tsx';
import { ToastArea } from './features/shell/ToastArea.tsx';
import { UpdateBanner } from './features/shell/UpdateBanner.tsx';
import { SignInScreen } from './features/signin/SignInScreen.tsx';
import { OutboxScreen } from './features/sync/OutboxScreen.tsx';
import { OrderScreenWithPrinting, SettingsScreenWithPrinters, ShipmentScreenWithLabels } from './screens.tsx';

/** While nobody is signed in, the sign-in screen stands in for the queue, an order and a shipment. */
function ScreenView(props: { screen: Screen; signedIn: boolean }) {
  const { screen, signedIn } = props;
  switch (screen.name) {
    case 'queue':
      return signedIn ? <OrderQueue /> : <SignInScreen />;
    case 'order':
      return signedIn ? <OrderScreenWithPrinting orderId={screen.orderId} /> : <SignInScreen />;
    case 'shipment':
      return signedIn ? <ShipmentScreenWithLabels salesOrderId={screen.salesOrderId} /> : <SignInScreen />;
    case 'outbox':
      return <OutboxScreen />;
    case 'settings':
      return <SettingsScreenWithPrinters />;
    default:
      return assertNever(screen);
  }
}

export function App() {
  const screen = useNavigationStore((state) => state.screen);
  const signedIn = useSettingsStore((state) => (state.settings?.operator ?? '') !== '');

  useEffect(() => {
    void useStationStore.getState().load();
    if (!useSettingsStore.getState().settings) void useSettingsStore.getState().load();
    const sync = useSyncStore.getState();
    void sync.load();
    const updates = useUpdateStore.getState();
    void updates.load();
    const stopUpdates = updates.watch();
    const stopWatching = sync.watch();
    const stopResuming = resumeScreen();
    return () => {
      stopUpdates();
      stopWatching();
      stopResuming();
    };
  }, []);

  return (
    <div className="app">
      <StationHeader />
      <SyncBanner />
      <LockedOrdersBanner />
      <UpdateBanner />
      <main className="app-main">
        <ScreenView screen={screen} signedIn={signedIn} />
      </main>
      <ToastArea />
      <OrderChooser />
      <ScanRouter />
      <KeyboardShortcuts />
    </div>
  );
}
