// One sales order, one shipment: its fulfillment orders at this station in boxes by delivery address,
// what is not in them (a partial shipment, said before any label), the customer's note and packing
// instructions, and per box its orders, its next step and its label. Picking happens on each order's
// own screen; the box shows the result. Escape goes back to the queue.
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShipmentBox, ShipmentView } from '../../../shared/ipc/shipment.ts';
import { on } from '../../api/station.ts';
import { measureScanFeedback } from '../../app/scan/scan-timing.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { PackingInstructions, SalesOrderNote } from '../../ui/SalesNotes.tsx';
import { ShipmentBoxCard } from './ShipmentBoxCard.tsx';
import { ShipmentHeader } from './ShipmentHeader.tsx';
import { useShipmentStore } from './use-shipment-store.ts';
import './shipment.css';

export interface ShipmentScreenProps {
  salesOrderId: number;
  /** A box's label card, composed by the app (renderer/screens.tsx); `changed` fetches the shipment again. */
  boxLabel(box: ShipmentBox, changed: () => void): ReactNode;
}

export function ShipmentScreen(props: ShipmentScreenProps) {
  const { salesOrderId } = props;
  const { t } = useTranslation('shipment');
  const view = useShipmentStore((state) => (state.salesOrderId === salesOrderId ? state.view : null));
  const loadError = useShipmentStore((state) => state.loadError);
  const screenRef = useRef<HTMLElement>(null);

  useEffect(() => {
    void useShipmentStore.getState().open(salesOrderId);
    const reload = () => void useShipmentStore.getState().reload();
    const stopOrders = on('orders:changed', ({ orderIds }) => {
      const shown = useShipmentStore.getState().view;
      if (orderIds === 'all' || (shown && orderIds.some((id) => ordersOf(shown).has(id)))) reload();
    });
    // A box's label goes through the printer: its state on the card follows the print ledger.
    const stopJobs = on('print:job', (job) => {
      const shown = useShipmentStore.getState().view;
      if (job.kind === 'label' && shown?.boxes.some((box) => box.orderIds.includes(job.orderId))) reload();
    });
    return () => {
      stopOrders();
      stopJobs();
      useShipmentStore.getState().close();
    };
  }, [salesOrderId]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      useNavigationStore.getState().openQueue();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const loaded = view !== null;
  useEffect(() => {
    if (!loaded) return;
    // Opened by a scan of the sales order number: this is the scan's feedback.
    measureScanFeedback();
    screenRef.current?.focus();
  }, [loaded]);

  const changed = () => void useShipmentStore.getState().reload();
  return (
    <section className="shipment-screen" ref={screenRef} tabIndex={-1} aria-label={t('screenLabel')}>
      {!view && <BackButton />}
      {loadError && (
        <div className="banner banner-error" role="alert">
          {loadError}
        </div>
      )}
      {!view && !loadError && <p className="shipment-loading">{t('loading')}</p>}
      {view && (
        <>
          <ShipmentHeader view={view} back={<BackButton />} />
          <ShipmentNotes view={view} />
          {view.boxes.length > 1 && (
            <p className="shipment-split" role="note">
              {t('split', { count: view.boxes.length })}
            </p>
          )}
          {view.boxes.length === 0 && <p className="shipment-none">{t('none')}</p>}
          <div className="shipment-boxes">
            {view.boxes.map((box, index) => (
              <ShipmentBoxCard
                key={box.orderIds.join(',')}
                view={view}
                box={box}
                index={index}
                label={props.boxLabel(box, changed)}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

/** The customer's note to the sales order and the packing instructions, acknowledged once for all. */
function ShipmentNotes(props: { view: ShipmentView }) {
  const { view } = props;
  const { t, i18n } = useTranslation(['shipment', 'order']);
  const { customer, salesOrder, instructionsAcknowledged } = view.sales;
  const due = view.boxes.some((box) => box.orders.some((order) => order.instructionsDue));
  const read =
    instructionsAcknowledged !== null
      ? t('order:sales.acknowledged', {
          by: instructionsAcknowledged.by,
          at: formatDateTime(instructionsAcknowledged.at, i18n.language),
        })
      : t('shipment:instructions.allRead');
  return (
    <div className="shipment-notes">
      {customer.state === 'copy' && (
        <PackingInstructions
          customerName={customer.name}
          instructions={customer.instructions}
          acknowledged={due ? null : read}
          onAcknowledge={() => useShipmentStore.getState().acknowledgeInstructions()}
        />
      )}
      <SalesOrderNote salesOrder={salesOrder} />
    </div>
  );
}

function BackButton() {
  const { t } = useTranslation('shipment');
  return (
    <button
      type="button"
      className="secondary shipment-back"
      onClick={() => useNavigationStore.getState().openQueue()}
    >
      {t('back')}
    </button>
  );
}

/** Every order the screen shows, in a box or outside them. */
function ordersOf(view: ShipmentView): Set<number> {
  return new Set([
    ...view.boxes.flatMap((box) => box.orderIds),
    ...view.outside.map((order) => order.orderId),
  ]);
}
