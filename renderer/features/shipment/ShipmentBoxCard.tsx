// One box of a shipment: where it goes, the orders packed into it (each opens its own screen, where
// picking happens), the step that moves them all on, and its one label.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Address } from '../../../shared/api/equipme.ts';
import { addressWarnings, formatAddress } from '../../../shared/domain/address-format.ts';
import type { ShipmentBox, ShipmentOrderView, ShipmentView } from '../../../shared/ipc/shipment.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { ClockIcon, WarningIcon } from '../../ui/Icons.tsx';
import { StatusBadge } from '../../ui/StatusBadge.tsx';
import { BoxStep } from './BoxStep.tsx';

export function ShipmentBoxCard(props: {
  view: ShipmentView;
  box: ShipmentBox;
  index: number;
  label: ReactNode;
}) {
  const { view, box, index } = props;
  const { t } = useTranslation('shipment');
  const titleId = `shipment-box-${index}`;
  const title =
    view.boxes.length > 1 ? t('box.title', { n: index + 1, count: view.boxes.length }) : t('box.titleOne');

  return (
    <section className="shipment-box" aria-labelledby={titleId}>
      <h2 id={titleId} className="shipment-box-title">
        {title} <span className="shipment-box-count">{t('box.orders', { count: box.orders.length })}</span>
      </h2>
      <div className="shipment-box-columns">
        <BoxAddress address={box.address} />
        <section className="shipment-box-orders" aria-label={t('box.ordersTitle')}>
          <ul className="shipment-orders">
            {box.orders.map((order) => (
              <BoxOrder key={order.orderId} order={order} salesOrderId={view.salesOrderId} />
            ))}
          </ul>
        </section>
        <div className="shipment-box-side">
          <BoxStep box={box} orderNumber={view.orderNumber} />
          {props.label}
        </div>
      </div>
    </section>
  );
}

function BoxAddress(props: { address: Address | null }) {
  const { address } = props;
  const { t } = useTranslation(['shipment', 'order']);
  return (
    <section className="shipment-address" aria-label={t('shipment:box.address')}>
      <h3 className="shipment-address-title">{t('shipment:box.address')}</h3>
      {address ? (
        <>
          <address className="shipment-address-lines">
            {formatAddress(address).map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the address lines never reorder
              <span key={i} className="shipment-address-line">
                {line}
              </span>
            ))}
          </address>
          {address.phoneNumber && <p>{t('shipment:box.phone', { phone: address.phoneNumber })}</p>}
          {addressWarnings(address).map((warning) => (
            <p key={warning.code} className="shipment-address-warning">
              <WarningIcon />
              {t(`order:address.warning.${warning.code}`, {
                defaultValue: warning.message,
                postalCode: address.postalCode?.trim() ?? '',
                country: address.countryCode?.trim().toUpperCase() ?? '',
              })}
            </p>
          ))}
        </>
      ) : (
        <p className="shipment-address-warning" role="alert">
          <WarningIcon />
          {t('shipment:box.noAddress')}
        </p>
      )}
    </section>
  );
}

function BoxOrder(props: { order: ShipmentOrderView; salesOrderId: number }) {
  const { order, salesOrderId } = props;
  const { t } = useTranslation('shipment');
  const complete = order.units > 0 && order.picked >= order.units;
  return (
    <li className="shipment-order">
      <button
        type="button"
        className="shipment-order-open"
        title={t('box.open', { id: order.orderId })}
        onClick={() => useNavigationStore.getState().openShipmentOrder(order.orderId, salesOrderId)}
      >
        <span className="shipment-order-id">#{order.orderId}</span>
        <StatusBadge status={order.effectiveStatus} />
        <span className="shipment-order-product" title={order.firstProduct ?? undefined}>
          {order.firstProduct ?? t('box.noProduct')}
        </span>
        <span className={`shipment-order-picked${order.verified ? ' shipment-order-picked-done' : ''}`}>
          {t('box.picked', { picked: order.picked, units: order.units })}
          {order.verified && <span aria-hidden="true"> ✓</span>}
          {order.verified && !complete && (
            <span className="shipment-order-override">{t('box.verified')}</span>
          )}
        </span>
        <span className="shipment-order-markers">
          {order.lock !== null && (
            <span className="shipment-marker shipment-marker-locked">
              <WarningIcon />
              {t('box.locked')}
            </span>
          )}
          {order.instructionsDue && (
            <span className="shipment-marker shipment-marker-instructions">{t('box.instructionsDue')}</span>
          )}
          {order.pending > 0 && (
            <span className="shipment-marker shipment-marker-pending">
              <ClockIcon />
              {t('box.pending', { count: order.pending })}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
