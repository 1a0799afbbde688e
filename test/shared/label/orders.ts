// Representative orders for label tests: plain, long names, diacritics, missing fields, many lines.
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { ShipFrom } from '../../../shared/domain/label/label-context.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';

export const SHIP_FROM: ShipFrom = {
  name: 'Köln Hub',
  address: { street: 'Industriestraße', number: '12', postalCode: '50667', city: 'Köln', countryCode: 'DE' },
};

export function plainOrder(): FulfillmentOrder {
  const order = makeOrder({ id: 4711, orderNumber: 'SO-4711', partNumbers: ['LT-14-G5', 'DOCK-USB-C'] });
  order.order.customerOrderNumber = 'PO-2025-118';
  return order;
}

/** Names and streets far too long for one line. */
export function longOrder(): FulfillmentOrder {
  const order = makeOrder({
    id: 90210,
    orderNumber: 'SO-90210-EXPEDITED-REPLACEMENT-SHIPMENT',
    customerName:
      'Internationale Gesellschaft für Ausrüstungsvermietung und Arbeitsplatzlogistik mbH & Co. Kommanditgesellschaft',
    isPreorder: true,
    transactionType: 'return',
    fulfillmentType: 'dropshipping',
  });
  Object.assign(order.deliveryAddress ?? {}, {
    line1:
      'Zentraleinkauf, Abteilung Informationstechnologie und Telekommunikation, Gebäude 7, 3. Obergeschoss',
    street: 'Kurfürstin-Sophie-Charlotte-von-Braunschweig-Lüneburg-Allee',
    number: '1234a',
    addition: 'Hinterhaus, Aufgang C, bei Familie Schmidt-Müller klingeln',
    phoneNumber: '+49 30 123456789',
  });
  return order;
}

/** Letters from across Europe: ü é ø ß ł ő ș. */
export function diacriticsOrder(): FulfillmentOrder {
  const order = makeOrder({
    id: 31337,
    orderNumber: 'SO-31337',
    customerName: 'Łukasz Żółć & Søren Ødegård',
    countryCode: 'PL',
  });
  Object.assign(order.deliveryAddress ?? {}, {
    line1: 'Café Müller — Straße',
    street: 'ulica Świętokrzyska',
    number: '5',
    city: 'Łódź',
    postalCode: '90-001',
  });
  order.order.customerOrderNumber = 'Bestellung für Győr/Brașov';
  const first = order.bomItems?.[0]?.product;
  if (first) first.name = 'Écran 27″ Dell — Ausführung für Büro (ß, ø, ł, ő, ș)';
  return order;
}

/** No delivery address, no bill of materials, no references. */
export function sparseOrder(): FulfillmentOrder {
  const order = makeOrder({ id: 7, orderNumber: 'SO-7', externalId: null, location: null });
  delete order.deliveryAddress;
  order.bomItems = null;
  return order;
}

/** A long bill of materials. */
export function manyLinesOrder(lines = 60): FulfillmentOrder {
  return makeOrder({
    id: 5550123,
    orderNumber: 'SO-5550123',
    partNumbers: Array.from(
      { length: lines },
      (_, i) => `PN-${String(i + 1).padStart(3, '0')}-${'X'.repeat(i % 17)}`,
    ),
  });
}
