// Shipments as main answers `shipment:get`, and a fake station for the shipment screen that answers
// the channels it uses from one mutable view (a test changes it, then pushes an event).
import type { Address } from '../../../shared/api/equipme.ts';
import type { SalesPicture } from '../../../shared/ipc/sales.ts';
import type { ShipmentBox, ShipmentOrderView, ShipmentView } from '../../../shared/ipc/shipment.ts';
import { type FakeAnswers, installFakeStation } from '../fake-station.ts';
import { outboxEntry, settingsView } from '../station-fixtures.ts';

const link = (path: string) => ({ href: `https://equipme.example${path}` });

export const SALES_ORDER_ID = 5001;
export const DIGEST = '[["packing.instructions","Fragile: pack upright."]]';

export function address(patch: Partial<Address> = {}): Address {
  return {
    id: 11,
    line1: 'Nordlicht GmbH',
    street: 'Hafenstraße',
    number: '12',
    postalCode: '20457',
    city: 'Hamburg',
    countryCode: 'DE',
    phoneNumber: '+49 40 123456',
    self: link('/addresses/11'),
    ...patch,
  };
}

export function boxedOrder(orderId: number, patch: Partial<ShipmentOrderView> = {}): ShipmentOrderView {
  return {
    orderId,
    effectiveStatus: 'inprocess',
    firstProduct: `Laptop ${orderId}`,
    picked: 3,
    units: 3,
    verified: true,
    lock: null,
    instructionsDue: false,
    pending: 0,
    ...patch,
  };
}

export function box(orders: ShipmentOrderView[], patch: Partial<ShipmentBox> = {}): ShipmentBox {
  return {
    orderIds: orders.map((order) => order.orderId),
    address: address(),
    orders,
    label: null,
    labelRefusal: null,
    nextStep: { action: 'process', from: 'inprocess' },
    ...patch,
  };
}

export function sales(patch: Partial<SalesPicture> = {}): SalesPicture {
  return {
    salesOrder: {
      state: 'copy',
      fetchedAt: '2026-12-01T07:30:00.000Z',
      orderNumber: 'SO-2026-0042',
      note: null,
      customerOrderNumber: null,
      orderedBy: null,
      fulfillmentOrders: 3,
    },
    customer: { state: 'not-fetched' },
    instructionsAcknowledged: null,
    instructionsDigest: null,
    ...patch,
  };
}

/** Three orders to one address, all picked and in process: one box, one label. */
export function threeOrderShipment(patch: Partial<ShipmentView> = {}): ShipmentView {
  return {
    salesOrderId: SALES_ORDER_ID,
    orderNumber: 'SO-2026-0042',
    customerName: 'Nordlicht GmbH',
    total: 3,
    cached: 3,
    missing: 0,
    boxes: [box([boxedOrder(101), boxedOrder(102), boxedOrder(103)])],
    outside: [],
    sales: sales(),
    ...patch,
  };
}

export function installShipmentStation(view: ShipmentView, extra: FakeAnswers = {}) {
  const state = { view };
  const station = installFakeStation({
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'shipment:get': () => ({ ok: true, value: state.view }),
    'shipment:step': (args) => ({
      ok: true,
      value: args.orderIds.map((orderId) =>
        outboxEntry({ id: `entry-${orderId}`, orderId, action: args.action, statusBefore: args.seenStatus }),
      ),
    }),
    'shipment:print-label': (args) => ({
      ok: true,
      value: {
        id: 'job-1',
        orderId: args.orderIds[0] ?? 0,
        kind: 'label',
        printerName: 'Zebra 1',
        contentHash: 'ab',
        createdAt: '2026-12-01T08:00:00.000Z',
        updatedAt: '2026-12-01T08:00:00.000Z',
        state: 'queued',
        attempts: 0,
        lastError: null,
        notes: [],
        nextAttemptAt: null,
        reason: null,
        reasonCode: null,
        reprintOf: null,
        operator: 'Anna',
        packages: args.packages ?? 1,
      },
    }),
    'orders:acknowledge-instructions': () => ({
      ok: false,
      error: { code: 'internal', message: 'the test answers this channel itself' },
    }),
    ...extra,
  });
  return { station, state };
}
