// Where the parcel goes, written the way the destination's post writes it, with what to check before
// the label is printed, and whom to ask at the customer (its contact, from the customer's copy). The
// billing address is there when needed, folded away otherwise.
import { useTranslation } from 'react-i18next';
import type { Address, FulfillmentOrder } from '../../../shared/api/equipme.ts';
import {
  type AddressWarning,
  addressWarnings,
  formatAddress,
} from '../../../shared/domain/address-format.ts';
import type { CustomerView } from '../../../shared/ipc/sales.ts';

export function AddressCard(props: { order: FulfillmentOrder; customer: CustomerView }) {
  const { deliveryAddress, billingAddress } = props.order;
  const { t } = useTranslation('order');
  const contact = props.customer.state === 'copy' ? props.customer.contactName?.trim() : undefined;

  return (
    <section className="address-card" aria-labelledby="address-title">
      <h2 id="address-title">{t('address.delivery')}</h2>
      {deliveryAddress ? (
        <>
          <AddressLines address={deliveryAddress} className="address-lines" />
          {deliveryAddress.phoneNumber && (
            <p className="address-phone">{t('address.phone', { phone: deliveryAddress.phoneNumber })}</p>
          )}
          <Warnings address={deliveryAddress} />
        </>
      ) : (
        <p className="address-warning" role="alert">
          <span aria-hidden="true">⚠ </span>
          {t('address.none')}
        </p>
      )}
      {contact && <p className="address-phone address-contact">{t('address.contact', { name: contact })}</p>}
      {billingAddress && (
        <details className="address-billing">
          <summary>{t('address.billing')}</summary>
          <AddressLines address={billingAddress} className="address-lines-small" />
        </details>
      )}
    </section>
  );
}

/**
 * A line longer than this is no address line but a delivery note in the addition (Equipme allows
 * 1,500 characters): it gets a bounded box of its own, so it cannot push the town, the country and
 * the buttons off the screen.
 */
const NOTE_LINE_LENGTH = 60;

function AddressLines(props: { address: Address; className: string }) {
  // As on the label: the country line in English, which every post reads.
  const lines = formatAddress(props.address);
  return (
    <address className={props.className}>
      {lines.map((line, i) => {
        const note = line.length > NOTE_LINE_LENGTH;
        return (
          // Lines are not unique ("1", "1"), their position is.
          // biome-ignore lint/suspicious/noArrayIndexKey: the address lines never reorder
          <span key={i} className={note ? 'address-line address-line-note' : 'address-line'}>
            {line}
          </span>
        );
      })}
    </address>
  );
}

function Warnings(props: { address: Address }) {
  const { t } = useTranslation('order');
  const warnings = addressWarnings(props.address);
  if (warnings.length === 0) return null;
  // The values inside the invalid-postal-code message, for its translation.
  const values = {
    postalCode: props.address.postalCode?.trim() ?? '',
    country: props.address.countryCode?.trim().toUpperCase() ?? '',
  };
  return (
    <ul className="address-warnings" aria-label={t('address.warnings')}>
      {warnings.map((warning: AddressWarning) => (
        <li key={warning.code} className={`address-warning address-warning-${warning.code}`}>
          <span aria-hidden="true">⚠ </span>
          {t(`address.warning.${warning.code}`, { defaultValue: warning.message, ...values })}
        </li>
      ))}
    </ul>
  );
}
