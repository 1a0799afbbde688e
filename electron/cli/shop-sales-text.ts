// What `station sales-order emporix:ID` prints for people: an Emporix sales order as the source mapped it.
import type { SourceAddress, SourceOrder } from '../main/sources/order-source.ts';
import { count } from './count.ts';
import { fieldLines } from './sales-text.ts';

function addressLine(address: SourceAddress | null): string | null {
  if (address === null) return null;
  const place = [address.postalCode, address.city].filter(Boolean).join(' ');
  const parts = [
    address.companyName,
    address.contactName,
    address.street,
    ...address.extraLines,
    place,
    address.countryAsSent,
  ];
  return parts.filter(Boolean).join(', ') || null;
}

/** The sales order for people: labelled lines, then its notes and warnings. */
export function emporixSalesOrderLines(order: SourceOrder): string {
  const units = order.pickLines.reduce((sum, line) => sum + line.quantity, 0);
  const fields = fieldLines([
    ['Sales order', `${order.orderNumber} (emporix:${order.key.id})`],
    ['Status', order.status.label ? `${order.status.code} (${order.status.label})` : order.status.code],
    ['Packable', order.packable ? 'yes' : 'no: the station does not pack it in this status'],
    ['Created', order.createdAt],
    ['Customer', order.customerName],
    ['Ship to', addressLine(order.deliveryAddress)],
    ['Shipping', order.shippingMethod?.name ?? order.shippingMethod?.code],
    ['Lines', `${count(order.pickLines.length, 'line')}, ${count(units, 'unit')}`],
  ]);
  const notes = order.notes.map((note) => `${note.label}:\n${note.text.replace(/^/gm, '  ')}`);
  const warnings = order.warnings.map((warning) => `Warning: ${warning}`);
  return [fields, ...notes, ...warnings].join('\n');
}
