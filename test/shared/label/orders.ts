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

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** Every C0 control and DEL. */
export const C0 = `${range(0x00, 0x1f)}\u007f`;
/** Every C1 control. */
export const C1 = range(0x80, 0x9f);
/** Zero-width and direction marks, bidi embeddings/overrides and isolates, BOM, soft hyphen. */
export const INVISIBLE = `${range(0x200b, 0x200f)}${range(0x202a, 0x202e)}${range(0x2066, 0x2069)}\ufeff\u00ad`;
/** Live receipt-printer commands as text: cut, reset, real-time command, drawer kick. */
export const PRINTER_COMMANDS = '\u001dV\u0000\u001b@\u0010\u0014\u0001\u0000\u0005\u001bp\u0000\u0019\u00fa';
/** ZPL inside text: a new format, a cancel-all, a field and a caret change. */
export const ZPL_COMMANDS = '^XA^FO0,0^FDowned^FS^XZ~JA^FD~CC+^CT~\\&_5E';
export const HTML = '<img src=x onerror="alert(1)"><b>bold</b>&amp;';

/** An order whose every printed text field carries control characters, printer commands, HTML. */
export function hostileOrder(): FulfillmentOrder {
  const hostile = (text: string) => `${text}${C0}${PRINTER_COMMANDS}${C1}${INVISIBLE}${ZPL_COMMANDS}${HTML}`;
  const order = makeOrder({
    id: 66_601,
    orderNumber: hostile('SO-666'),
    customerName: hostile('Evil Corp'),
    partNumbers: [hostile('PN-1'), 'PN-2'],
    isPreorder: true,
  });
  order.order.customerOrderNumber = hostile('PO-1');
  Object.assign(order.deliveryAddress ?? {}, {
    line1: hostile('Attn'),
    street: hostile('Main Street'),
    number: hostile('1'),
    addition: 'X'.repeat(10_000),
    city: hostile('Gotham'),
    phoneNumber: hostile('+1 555'),
  });
  const first = order.bomItems?.[0]?.product;
  if (first) first.name = hostile('Laptop');
  const second = order.bomItems?.[1]?.product;
  if (second) second.name = `${'Y'.repeat(10_000)}`;
  return order;
}
