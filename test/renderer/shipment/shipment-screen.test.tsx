// @vitest-environment happy-dom
// The shipment screen: one sales order's fulfillment orders at this station in boxes by address —
// one box of three, a split one, a partial one stated before the label — with the box's step and
// label going to main for exactly the box's orders, main's refusals in words, and hostile text as text.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SETTLE_MS } from '../../../renderer/ui/use-press-guard.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { PrintJobView } from '../../../shared/ipc/printing.ts';
import type { ShipmentView } from '../../../shared/ipc/shipment.ts';
import { fulfillmentOrder, installOrderStation } from '../order/order-fixtures.ts';
import { OrderHarness } from '../order/order-render.tsx';
import {
  address,
  box,
  boxedOrder,
  DIGEST,
  installShipmentStation,
  SALES_ORDER_ID,
  sales,
  threeOrderShipment,
} from './shipment-fixtures.ts';
import { renderShipment, resetShipmentStores } from './shipment-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetShipmentStores);
afterEach(cleanup);

const boxes = () => [...document.querySelectorAll<HTMLElement>('.shipment-box')];
const counts = () => document.querySelector('.shipment-counts')?.textContent;

describe('the shipment screen', () => {
  it('shows one box of three orders: number, customer, address, each order with its picks', async () => {
    const view = threeOrderShipment();
    const first = view.boxes[0];
    if (!first) throw new Error('fixture without a box');
    first.orders[1] = boxedOrder(102, { picked: 2, verified: false, firstProduct: 'USB-C Dock' });
    first.orders[2] = boxedOrder(103, { lock: 'conflict', instructionsDue: true, pending: 2 });
    installShipmentStation(view);
    await renderShipment();

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sales order SO-2026-0042');
    expect(screen.getByText('Nordlicht GmbH', { selector: '.shipment-customer' })).toBeTruthy();
    expect(counts()).toBe('3 of 3 fulfillment orders here');
    expect(screen.queryByText(/^Split:/)).toBeNull();
    expect(screen.queryByRole('region', { name: /Partial shipment/ })).toBeNull();

    const [only] = boxes();
    if (!only) throw new Error('no box on screen');
    expect(within(only).getByRole('heading', { level: 2 }).textContent).toBe('Box 3 orders');
    expect(within(only).getByRole('region', { name: 'Delivery address' }).textContent).toContain(
      'Hafenstraße 12',
    );
    const orders = within(only).getAllByRole('button', { name: /^#10\d/ });
    expect(orders.map((order) => order.textContent)).toEqual([
      '#101In processLaptop 101picked 3/3 ✓',
      '#102In processUSB-C Dockpicked 2/3',
      '#103In processLaptop 103picked 3/3 ✓LockedInstructions not acknowledged2 changes waiting to be sent',
    ]);

    // An order opens its own screen (picking happens there), with the way back to this shipment.
    fireEvent.click(orders[1] as HTMLElement);
    expect(useNavigationStore.getState().screen).toEqual({
      name: 'order',
      orderId: 102,
      fromShipment: SALES_ORDER_ID,
    });
    useNavigationStore.getState().back();
    expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: SALES_ORDER_ID });
  });

  it('splits a sales order to two addresses into two boxes, never one', async () => {
    const munich = address({
      id: 12,
      street: 'Leopoldstraße',
      number: '7',
      postalCode: '80802',
      city: 'München',
    });
    installShipmentStation(
      threeOrderShipment({
        boxes: [
          box([boxedOrder(101), boxedOrder(103)]),
          box([boxedOrder(102, { effectiveStatus: 'new', picked: 0, verified: false })], {
            address: munich,
            nextStep: { action: 'process', from: 'new' },
          }),
        ],
      }),
    );
    await renderShipment();

    expect(screen.getByRole('note').textContent).toBe(
      'Split: 2 delivery addresses — 2 boxes. Pack and label each box on its own; never put their orders together.',
    );
    const [hamburg, second] = boxes();
    expect(within(hamburg as HTMLElement).getByRole('heading', { level: 2 }).textContent).toBe(
      'Box 1 of 2 2 orders',
    );
    expect(within(hamburg as HTMLElement).getByText(/20457 Hamburg/)).toBeTruthy();
    expect(within(second as HTMLElement).getByText(/80802 München/)).toBeTruthy();
    expect(within(second as HTMLElement).getAllByRole('button', { name: /^#10\d/ })).toHaveLength(1);
    // Each box moves on by itself: Mark packed for the first, Start picking for the second.
    expect(
      within(hamburg as HTMLElement).getByRole('button', { name: 'Mark packed — 2 orders' }),
    ).toBeTruthy();
    expect(within(second as HTMLElement).getByRole('button', { name: 'Start picking' })).toBeTruthy();
    expect(within(second as HTMLElement).getByRole('button', { name: 'Print box label' })).toBeTruthy();
  });

  it('states a partial shipment before the label: the orders outside with status and why, and the missing', async () => {
    installShipmentStation(
      threeOrderShipment({
        total: 4,
        cached: 3,
        missing: 1,
        boxes: [box([boxedOrder(101), boxedOrder(102)])],
        outside: [{ orderId: 103, effectiveStatus: 'processed', transactionType: 'order', reason: 'closed' }],
      }),
    );
    await renderShipment();

    expect(counts()).toBe(
      '2 of 4 fulfillment orders here · 1 missing (not at this station) · 1 shipped or closed',
    );
    const partial = screen.getByRole('region', {
      name: 'Partial shipment: these boxes do not hold the whole sales order SO-2026-0042',
    });
    expect(within(partial).getByRole('listitem').textContent).toBe(
      '#103ProcessedOrderNo longer open: shipped, processed or cancelled.',
    );
    expect(partial.textContent).toContain('1 fulfillment order of this sales order is not at this station');
    // Stated before the boxes and their label buttons, not after.
    const label = screen.getByRole('button', { name: 'Print box label' });
    expect(partial.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("moves every order of the box with one press: shipment:step with the box's order ids and the status seen", async () => {
    const { station, state } = installShipmentStation(threeOrderShipment());
    await renderShipment();

    state.view = threeOrderShipment({
      boxes: [
        box(
          [boxedOrder(101), boxedOrder(102), boxedOrder(103)].map((o) => ({
            ...o,
            effectiveStatus: 'ready-for-delivery',
          })),
          {
            nextStep: { action: 'dispatchDelivery', from: 'ready-for-delivery' },
          },
        ),
      ],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Mark packed — 3 orders' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Dispatch — 3 orders' })).toBeTruthy());
    expect(station.argsOf('shipment:step')).toEqual([
      { salesOrderId: SALES_ORDER_ID, orderIds: [101, 102, 103], action: 'process', seenStatus: 'inprocess' },
    ]);

    // No label printed for the box: a dispatch asks first, as on the order screen, and then says so.
    await act(() => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 50)));
    fireEvent.click(screen.getByRole('button', { name: 'Dispatch — 3 orders' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain('No shipping label has been printed for this order.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dispatch without label' }));
    await waitFor(() => expect(station.argsOf('shipment:step')).toHaveLength(2));
    expect(station.argsOf('shipment:step')[1]).toEqual({
      salesOrderId: SALES_ORDER_ID,
      orderIds: [101, 102, 103],
      action: 'dispatchDelivery',
      seenStatus: 'ready-for-delivery',
      confirmed: true,
    });
  });

  it("shows main's refusal of a step in words, and waits for every order's picks before packing", async () => {
    const refusal = 'Order 102 is no longer in process (someone moved it): look at the box again.';
    const view = threeOrderShipment();
    const { station, state } = installShipmentStation(view, {
      'shipment:step': () => ({ ok: false, error: { code: 'rejected', message: refusal } }),
    });
    await renderShipment();
    fireEvent.click(screen.getByRole('button', { name: 'Mark packed — 3 orders' }));
    expect((await screen.findByText(refusal)).getAttribute('role')).toBe('alert');
    // It looked again where the orders stand.
    expect(station.argsOf('shipment:get')).toHaveLength(2);

    state.view = threeOrderShipment({
      boxes: [box([boxedOrder(101), boxedOrder(102, { picked: 1, verified: false }), boxedOrder(103)])],
    });
    act(() => station.push('orders:changed', { orderIds: [102] }));
    await screen.findByText(/Pick every order of the box first: 2 of 3 complete/);
    expect(
      (screen.getByRole('button', { name: 'Mark packed — 3 orders' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it("prints one label for the box's orders with the parcels chosen; a refusal disables it in words", async () => {
    const { station, state } = installShipmentStation(threeOrderShipment());
    await renderShipment();

    fireEvent.click(screen.getByRole('button', { name: 'One parcel more' }));
    fireEvent.click(screen.getByRole('button', { name: 'Print box label' }));
    await waitFor(() => expect(station.argsOf('shipment:print-label')).toHaveLength(1));
    expect(station.argsOf('shipment:print-label')[0]).toEqual({
      salesOrderId: SALES_ORDER_ID,
      orderIds: [101, 102, 103],
      packages: 2,
    });

    const why =
      'Order 102: the packing instructions of Nordlicht GmbH are not acknowledged yet. Read them first.';
    state.view = threeOrderShipment({
      boxes: [box([boxedOrder(101), boxedOrder(102), boxedOrder(103)], { labelRefusal: why })],
    });
    act(() => station.push('orders:changed', { orderIds: [102] }));
    expect(await screen.findByText(why)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Print box label' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it("shows main's print refusal as the order screen does, and follows the box label's print job", async () => {
    const message = 'No label printer is set up. Add one in Settings → Printers.';
    const { station, state } = installShipmentStation(threeOrderShipment(), {
      'shipment:print-label': () => ({ ok: false, error: { code: 'rejected', message } }),
    });
    await renderShipment();
    fireEvent.click(screen.getByRole('button', { name: 'Print box label' }));
    const alert = await screen.findByText(message);
    expect(alert.closest('[role="alert"]')).toBeTruthy();

    const asked = station.argsOf('shipment:get').length;
    const label: PrintJobView = {
      id: 'job-9',
      orderId: 101,
      kind: 'label',
      printerName: 'Zebra 1',
      contentHash: 'ab',
      createdAt: '2026-12-01T08:00:00.000Z',
      updatedAt: '2026-12-01T08:00:05.000Z',
      state: 'printed',
      attempts: 1,
      lastError: null,
      notes: [],
      nextAttemptAt: null,
      reason: null,
      reasonCode: null,
      reprintOf: null,
      operator: 'Anna',
      packages: 1,
    };
    state.view = threeOrderShipment({
      boxes: [box([boxedOrder(101), boxedOrder(102), boxedOrder(103)], { label })],
    });
    // Another order's job, or a packing slip, is not this box's label.
    act(() => station.push('print:job', { ...label, orderId: 999 }));
    act(() => station.push('print:job', { ...label, kind: 'slip' }));
    expect(station.argsOf('shipment:get')).toHaveLength(asked);
    act(() => station.push('print:job', label));
    expect(await screen.findByText('Printed on Zebra 1.')).toBeTruthy();
  });

  it('acknowledges the packing instructions for every order of the boxes that has them due', async () => {
    const due = threeOrderShipment({
      boxes: [
        box([
          boxedOrder(101, { instructionsDue: true }),
          boxedOrder(102),
          boxedOrder(103, { instructionsDue: true }),
        ]),
      ],
      sales: sales({
        customer: {
          state: 'copy',
          fetchedAt: '2026-12-01T07:30:00.000Z',
          name: 'Nordlicht GmbH',
          inactive: false,
          language: 'de',
          slipLanguage: 'de',
          contactName: null,
          contactPhone: null,
          instructions: [{ key: 'packing.instructions', text: 'Fragile: pack upright.' }],
        },
        instructionsDigest: DIGEST,
      }),
    });
    const acknowledged: number[] = [];
    const { station, state } = installShipmentStation(due, {
      'orders:acknowledge-instructions': ({ orderId }) => {
        acknowledged.push(orderId);
        if (acknowledged.length === 2) {
          state.view = {
            ...due,
            boxes: due.boxes.map((b) => ({
              ...b,
              orders: b.orders.map((o) => ({ ...o, instructionsDue: false })),
            })),
          };
        }
        return { ok: true, value: {} as OrderDetail };
      },
    });
    await renderShipment();
    const instructions = screen.getByRole('region', { name: 'Packing instructions from Nordlicht GmbH' });
    expect(instructions.textContent).toContain('Fragile: pack upright.');

    fireEvent.click(
      within(instructions).getByRole('button', { name: 'I have read the packing instructions' }),
    );
    await waitFor(() =>
      expect(instructions.querySelector('[role="status"]')?.textContent).toBe(
        'Read for every order in the boxes',
      ),
    );
    expect(station.argsOf('orders:acknowledge-instructions')).toEqual([
      { orderId: 101, digest: DIGEST },
      { orderId: 103, digest: DIGEST },
    ]);
  });

  it('fetches again when one of its orders changes, not for other orders', async () => {
    const { station } = installShipmentStation(
      threeOrderShipment({
        outside: [{ orderId: 104, effectiveStatus: 'processed', transactionType: 'order', reason: 'closed' }],
      }),
    );
    await renderShipment();
    expect(station.argsOf('shipment:get')).toEqual([{ salesOrderId: SALES_ORDER_ID }]);

    act(() => station.push('orders:changed', { orderIds: [777] }));
    expect(station.argsOf('shipment:get')).toHaveLength(1);
    act(() => station.push('orders:changed', { orderIds: [104] }));
    act(() => station.push('orders:changed', { orderIds: [102] }));
    act(() => station.push('orders:changed', { orderIds: 'all' }));
    await act(async () => {});
    expect(station.argsOf('shipment:get')).toHaveLength(4);
  });

  it('Escape and the back button return to the queue', async () => {
    installShipmentStation(threeOrderShipment());
    await renderShipment();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });

    act(() => useNavigationStore.getState().openShipment(SALES_ORDER_ID));
    await act(async () => {});
    fireEvent.click(screen.getByRole('button', { name: '← Back to queue (Esc)' }));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });
  });

  it('an order opened from the shipment goes back to it, by its button or Escape', async () => {
    installOrderStation(fulfillmentOrder({ id: 102 }));
    useNavigationStore.getState().openShipmentOrder(102, SALES_ORDER_ID);
    render(<OrderHarness />);
    await act(async () => {});
    fireEvent.click(await screen.findByRole('button', { name: '← Back to the shipment (Esc)' }));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: SALES_ORDER_ID });

    act(() => useNavigationStore.getState().openShipmentOrder(102, SALES_ORDER_ID));
    await screen.findByRole('button', { name: '← Back to the shipment (Esc)' });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'shipment', salesOrderId: SALES_ORDER_ID });
  });

  it("says main's words when the shipment cannot be read", async () => {
    const message = 'Sales order 5001 has no fulfillment orders at this station. Scan another one.';
    installShipmentStation(threeOrderShipment(), {
      'shipment:get': () => ({ ok: false, error: { code: 'not-found', message } }),
    });
    await renderShipment();
    expect(screen.getByRole('alert').textContent).toBe(message);
  });

  it('shows markup in a note and a huge customer name as text', async () => {
    const huge = `Nordlicht ${'GmbH & Co. KG '.repeat(800)}`;
    const hostile: ShipmentView = threeOrderShipment({
      customerName: huge,
      sales: sales({
        salesOrder: {
          state: 'copy',
          fetchedAt: '2026-12-01T07:30:00.000Z',
          orderNumber: 'SO-2026-0042',
          note: '<img src=x onerror=alert(1)>\n<b>Gate B</b>',
          customerOrderNumber: null,
          orderedBy: null,
          fulfillmentOrders: 3,
        },
      }),
    });
    const first = hostile.boxes[0];
    if (first) first.orders[0] = boxedOrder(101, { firstProduct: '<script>alert(1)</script> Laptop' });
    installShipmentStation(hostile);
    await renderShipment();

    const note = screen.getByText(/onerror/);
    expect(note.textContent).toBe('<img src=x onerror=alert(1)>\n<b>Gate B</b>');
    expect(
      document.querySelector('.shipment-screen img, .shipment-screen b, .shipment-screen script'),
    ).toBeNull();
    const customer = document.querySelector('.shipment-customer');
    expect(customer?.textContent).toBe(huge);
    expect(customer?.getAttribute('title')).toBe(huge);
    expect(screen.getByText('<script>alert(1)</script> Laptop')).toBeTruthy();
  });
});
