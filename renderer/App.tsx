import { useEffect } from 'react';
import { assertNever } from '../shared/domain/assert-never.ts';
import { OrderScreen } from './features/order/OrderScreen.tsx';
import { OrderQueue } from './features/queue/OrderQueue.tsx';
import { ScanRouter } from './features/scan/ScanRouter.tsx';
import { SettingsScreen } from './features/settings/SettingsScreen.tsx';
import { useSettingsStore } from './features/settings/use-settings-store.ts';
import { LockedOrdersBanner } from './features/shell/LockedOrdersBanner.tsx';
import { StationHeader } from './features/shell/StationHeader.tsx';
import { SyncBanner } from './features/shell/SyncBanner.tsx';
import { ToastArea } from './features/shell/ToastArea.tsx';
import { type Screen, useNavigationStore } from './features/shell/use-navigation-store.ts';
import { useStationStore } from './features/shell/use-station-store.ts';
import { OutboxScreen } from './features/sync/OutboxScreen.tsx';
import { useSyncStore } from './features/sync/use-sync-store.ts';

function ScreenView(props: { screen: Screen }) {
  const { screen } = props;
  switch (screen.name) {
    case 'queue':
      return <OrderQueue />;
    case 'order':
      return <OrderScreen orderId={screen.orderId} />;
    case 'outbox':
      return <OutboxScreen />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return assertNever(screen);
  }
}

export function App() {
  const screen = useNavigationStore((state) => state.screen);

  useEffect(() => {
    void useStationStore.getState().load();
    if (!useSettingsStore.getState().settings) void useSettingsStore.getState().load();
    const sync = useSyncStore.getState();
    void sync.load();
    return sync.watch();
  }, []);

  return (
    <div className="app">
      <StationHeader />
      <SyncBanner />
      <LockedOrdersBanner />
      <main className="app-main">
        <ScreenView screen={screen} />
      </main>
      <ToastArea />
      <ScanRouter />
    </div>
  );
}
