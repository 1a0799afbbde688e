// Where an order carries an enum value this station does not know (a newer Equipme). The order is
// kept and shown; the lifecycle offers nothing on an unknown status or transaction type.
import {
  FULFILLMENT_STATUSES,
  FULFILLMENT_TYPES,
  type FulfillmentOrder,
  isKnown,
  LOCATION_TYPES,
  METADATA_SCOPES,
  OFFER_TYPES,
  SERVICE_PRODUCT_TYPES,
  TRANSACTION_TYPES,
} from '../api/equipme.ts';

export interface UnknownEnumValue {
  /** The field's path in the order, e.g. `status` or `targetServiceInstance.metadata[0].scope`. */
  field: string;
  value: string;
}

export function unknownValuesOf(order: FulfillmentOrder): UnknownEnumValue[] {
  const found: UnknownEnumValue[] = [];
  const check = (field: string, known: readonly string[], value: string | undefined) => {
    if (value !== undefined && !isKnown(known, value)) found.push({ field, value });
  };
  check('status', FULFILLMENT_STATUSES, order.status);
  check('transactionType', TRANSACTION_TYPES, order.transactionType);
  check('fulfillmentType', FULFILLMENT_TYPES, order.fulfillmentType);
  check('offer.type', OFFER_TYPES, order.offer.type);
  check('service.type', SERVICE_PRODUCT_TYPES, order.service.type);
  check('assignments.location.type', LOCATION_TYPES, order.assignments?.location?.type);
  const target = order.targetServiceInstance;
  check('targetServiceInstance.service.type', SERVICE_PRODUCT_TYPES, target?.service?.type);
  (target?.metadata ?? []).forEach((entry, index) => {
    check(`targetServiceInstance.metadata[${index}].scope`, METADATA_SCOPES, entry.scope);
  });
  return found;
}
