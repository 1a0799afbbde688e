// Renders the shipment screen the way the App does: the ScanRouter listening, the navigation store on
// the shipment, and the screen's label cards composed in (renderer/screens.tsx).
import { act, render } from '@testing-library/react';
import { ScanRouter } from '../../../renderer/app/scan/ScanRouter.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useOrderChoiceStore } from '../../../renderer/app/use-order-choice-store.ts';
import { useScanPauseStore } from '../../../renderer/app/use-scan-pause-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { useOrderStore } from '../../../renderer/features/order/use-order-store.ts';
import { useShipmentStore } from '../../../renderer/features/shipment/use-shipment-store.ts';
import { ShipmentScreenWithLabels } from '../../../renderer/screens.tsx';
import { resetStores } from '../reset-stores.ts';
import { SALES_ORDER_ID } from './shipment-fixtures.ts';

export function resetShipmentStores(): void {
  resetStores(
    useShipmentStore,
    useOrderStore,
    useNavigationStore,
    useSettingsStore,
    useScanPauseStore,
    useToastStore,
    useOrderChoiceStore,
  );
}

function ShipmentHarness() {
  const screen = useNavigationStore((state) => state.screen);
  return (
    <>
      <ScanRouter />
      {screen.name === 'shipment' ? (
        <ShipmentScreenWithLabels salesOrderId={screen.salesOrderId} />
      ) : (
        <p>{screen.name}</p>
      )}
    </>
  );
}

export async function renderShipment(salesOrderId = SALES_ORDER_ID) {
  useNavigationStore.getState().openShipment(salesOrderId);
  const view = render(<ShipmentHarness />);
  // Let shipment:get and settings:get answer.
  await act(async () => {});
  return view;
}
