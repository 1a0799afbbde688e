// Renders the order screen the way the App does: with the ScanRouter listening and the navigation
// store on the order.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ScanRouter } from '../../../renderer/app/scan/ScanRouter.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useOrderStore } from '../../../renderer/features/order/use-order-store.ts';
import { OrderScreenWithPrinting } from '../../../renderer/screens.tsx';

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
      {screen.name === 'order' ? <OrderScreenWithPrinting orderId={screen.orderId} /> : <p>queue</p>}
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

/** Order 101 on screen, its supervisor override dialog open and the reason field focused. */
export async function openOverrideReason(): Promise<HTMLTextAreaElement> {
  render(<OrderHarness />);
  await act(async () => {});
  useNavigationStore.getState().openOrder(101);
  await act(async () => {});
  fireEvent.click(screen.getByRole('button', { name: 'Supervisor override…' }));
  const reason = screen.getByLabelText('Reason') as HTMLTextAreaElement;
  reason.focus();
  return reason;
}
