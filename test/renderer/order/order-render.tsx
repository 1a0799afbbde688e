// Renders the order screen the way the App does: with the ScanRouter listening and the navigation
// store on the order.
import { act, render } from '@testing-library/react';
import { OrderScreen } from '../../../renderer/features/order/OrderScreen.tsx';
import { useOrderStore } from '../../../renderer/features/order/use-order-store.ts';
import { ScanRouter } from '../../../renderer/features/scan/ScanRouter.tsx';
import { useSettingsStore } from '../../../renderer/features/settings/use-settings-store.ts';
import { useNavigationStore } from '../../../renderer/features/shell/use-navigation-store.ts';
import { useScanPauseStore } from '../../../renderer/features/shell/use-scan-pause-store.ts';
import { useToastStore } from '../../../renderer/features/shell/use-toast-store.ts';

export function resetStores(): void {
  useOrderStore.setState(useOrderStore.getInitialState(), true);
  useSettingsStore.setState(useSettingsStore.getInitialState(), true);
  useNavigationStore.setState(useNavigationStore.getInitialState(), true);
  useScanPauseStore.setState(useScanPauseStore.getInitialState(), true);
  useToastStore.setState(useToastStore.getInitialState(), true);
}

export function OrderHarness() {
  const screen = useNavigationStore((state) => state.screen);
  return (
    <>
      <ScanRouter />
      {screen.name === 'order' ? <OrderScreen orderId={screen.orderId} /> : <p>queue</p>}
    </>
  );
}

export async function renderOrder(orderId = 101) {
  useNavigationStore.getState().openOrder(orderId);
  const view = render(<OrderHarness />);
  // Let orders:get, picks:barcodes and settings:get answer.
  await act(async () => {});
  return view;
}
