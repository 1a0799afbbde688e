// Screens composed from features that do not know each other: the order screen holds the print
// card, the shipment screen a label card per box, the settings screen the printers. Features import only app/, ui/ and api/; this file and
// App.tsx are the only places that put two features together.
import { OrderScreen } from './features/order/OrderScreen.tsx';
import { BoxLabelCard } from './features/print/BoxLabelCard.tsx';
import { OrderPrintCard } from './features/print/OrderPrintCard.tsx';
import { PrintersSection } from './features/print/PrintersSection.tsx';
import { SettingsScreen } from './features/settings/SettingsScreen.tsx';
import { ShipmentScreen } from './features/shipment/ShipmentScreen.tsx';

export function OrderScreenWithPrinting(props: { orderId: number }) {
  return (
    <OrderScreen
      orderId={props.orderId}
      printCard={(detail, picked, countsSaved) => (
        <OrderPrintCard detail={detail} picked={picked} countsSaved={countsSaved} />
      )}
    />
  );
}

export function ShipmentScreenWithLabels(props: { salesOrderId: number }) {
  return (
    <ShipmentScreen
      salesOrderId={props.salesOrderId}
      boxLabel={(box, changed) => (
        <BoxLabelCard salesOrderId={props.salesOrderId} box={box} changed={changed} />
      )}
    />
  );
}

export function SettingsScreenWithPrinters() {
  return <SettingsScreen printers={<PrintersSection />} />;
}
