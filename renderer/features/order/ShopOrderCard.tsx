// What a shop sent about its order that Equipme's order shape has no place for, shown as data: its
// own order number, its status as sent, the shipping method, parcels it already knows of, reference
// numbers, notes, and what the station could not read cleanly.
import { useTranslation } from 'react-i18next';
import type { ShopOrderView } from '../../../shared/ipc/shop-orders.ts';

export function ShopOrderCard(props: { shop: ShopOrderView }) {
  const { shop } = props;
  const { t } = useTranslation('order');
  const method = shop.shippingMethod?.name ?? shop.shippingMethod?.code ?? null;
  const status = shop.status.label ? `${shop.status.label} (${shop.status.code})` : shop.status.code;
  return (
    <section className="address-card shop-order-card" aria-labelledby="shop-order-title">
      <h2 id="shop-order-title">{t('shop.factsTitle', { shop: t(`shop.shopNames.${shop.source}`) })}</h2>
      <dl className="shop-order-facts">
        <dt>{t('shop.orderNumber')}</dt>
        <dd>{shop.orderNumber}</dd>
        <dt>{t('shop.statusAsSent')}</dt>
        <dd>{status}</dd>
        {method && (
          <>
            <dt>{t('shop.shippingMethod')}</dt>
            <dd>{method}</dd>
          </>
        )}
        {shop.references.length > 0 && (
          <>
            <dt>{t('shop.references')}</dt>
            <dd>{shop.references.map((ref) => ref.value).join(' · ')}</dd>
          </>
        )}
      </dl>
      {shop.shipments.length > 0 && (
        <>
          <h3>{t('shop.parcels')}</h3>
          <ul className="shop-order-parcels">
            {shop.shipments.map((parcel, index) => (
              // Parcels have no id of their own; their order as sent is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: the shop's list, shown as sent
              <li key={index}>
                {t('shop.parcel', {
                  carrier: parcel.carrier ?? t('shop.unknownCarrier'),
                  tracking: parcel.trackingNumber ?? t('shop.noTracking'),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {shop.notes.length > 0 && (
        <>
          <h3>{t('shop.notes')}</h3>
          {shop.notes.map((note) => (
            <p key={`${note.label}:${note.text}`} className="shop-order-note">
              {note.label ? <strong>{note.label}: </strong> : null}
              {note.text}
            </p>
          ))}
        </>
      )}
      {shop.warnings.length > 0 && (
        <>
          <h3>{t('shop.warnings')}</h3>
          <ul className="address-warnings">
            {shop.warnings.map((warning) => (
              <li key={warning} className="address-warning">
                {warning}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
