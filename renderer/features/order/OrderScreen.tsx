// One order at the packing table: who and what it is, the pick list to scan, where it goes, and the
// buttons that move it on. Escape goes back to the queue (or to the shipment it was opened from).
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { on } from '../../api/station.ts';
import { takeScans } from '../../app/scan/scan-targets.ts';
import { measureScanFeedback } from '../../app/scan/scan-timing.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { AddressCard } from './AddressCard.tsx';
import { OrderActions } from './OrderActions.tsx';
import { OrderHeader } from './OrderHeader.tsx';
import { PickList } from './PickList.tsx';
import { isScanError } from './pick-feedback.ts';
import { ScanErrorOverlay } from './ScanErrorOverlay.tsx';
import { ShopOrderActions } from './ShopOrderActions.tsx';
import { ShopOrderCard } from './ShopOrderCard.tsx';
import { pickedNow, useOrderStore } from './use-order-store.ts';
import './order-screen.css';

export interface OrderScreenProps {
  orderId: number;
  /** The print card, composed by the app (renderer/screens.tsx): it follows the pick counts on screen. */
  /** `countsSaved` resolves once the counts on their way are saved: a print waits for it. */
  printCard(detail: OrderDetail, picked: number[], countsSaved: () => Promise<void>): ReactNode;
}

export function OrderScreen(props: OrderScreenProps) {
  const { orderId } = props;
  const { t } = useTranslation('order');
  const detail = useOrderStore((state) => (state.orderId === orderId ? state.detail : null));
  const loadError = useOrderStore((state) => state.loadError);
  const saved = useOrderStore((state) => state.saved);
  const countsSaved = useOrderStore((state) => state.countsSaved);
  const unsaved = useOrderStore((state) => state.unsaved);
  const screenRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const store = useOrderStore.getState();
    void store.open(orderId);
    const stop = on('orders:changed', ({ orderIds }) => {
      if (orderIds === 'all' || orderIds.includes(orderId)) void useOrderStore.getState().reload();
    });
    return () => {
      stop();
      useOrderStore.getState().close();
    };
  }, [orderId]);

  // Scans on this screen go to the pick list, once the order is loaded.
  useEffect(
    () =>
      takeScans('order', (code) => {
        const store = useOrderStore.getState();
        if (store.detail === null) return 'not-ready';
        store.scan(code);
        return 'taken';
      }),
    [],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      // The first Escape takes a wrong-item warning away, the next one leaves the order.
      const store = useOrderStore.getState();
      if (isScanError(store.feedback)) store.dismissFeedback();
      else useNavigationStore.getState().back();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const loaded = detail !== null;
  useEffect(() => {
    if (!loaded) return;
    // Opened by a scan: this is the scan's feedback. Focus lands on the order, not a button.
    measureScanFeedback();
    screenRef.current?.focus();
  }, [loaded]);

  return (
    <section className="order-screen" ref={screenRef} tabIndex={-1} aria-label={t('screenLabel')}>
      {!detail && <BackButton />}
      {loadError && !detail && (
        <div className="banner banner-error" role="alert">
          {loadError}
        </div>
      )}
      {!detail && !loadError && <p className="order-loading">{t('loading')}</p>}
      {detail && (
        <>
          <OrderHeader detail={detail} back={<BackButton />} />
          <div className="order-columns">
            <PickList detail={detail} />
            <aside className="order-side">
              <AddressCard order={detail.order} customer={detail.sales.customer} />
              {detail.shop ? (
                <>
                  <ShopOrderActions detail={detail} shop={detail.shop} />
                  <ShopOrderCard shop={detail.shop} />
                </>
              ) : (
                <OrderActions detail={detail} />
              )}
              {props.printCard(detail, pickedNow({ saved, unsaved }), countsSaved)}
            </aside>
          </div>
          <ScanErrorOverlay detail={detail} />
        </>
      )}
    </section>
  );
}

function BackButton() {
  const { t } = useTranslation('order');
  const toShipment = useNavigationStore(
    (state) => state.screen.name === 'order' && state.screen.fromShipment !== undefined,
  );
  return (
    <button
      type="button"
      className="secondary order-back"
      onClick={() => useNavigationStore.getState().back()}
    >
      {toShipment ? t('backToShipment') : t('back')}
    </button>
  );
}
