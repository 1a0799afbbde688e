import { describe, expect, it, vi } from 'vitest';
import { createOrderHandlers, type OrderSource } from '../../../electron/main/ipc/order-handlers.ts';
import type { FulfillmentOrder } from '../../../shared/api/equipme.ts';

const link = { href: 'https://api.example/x' };

function order(overrides: Partial<FulfillmentOrder> = {}): FulfillmentOrder {
  return {
    id: 4711,
    status: 'new',
    transactionType: 'order',
    isPreorder: true,
    offer: {
      id: 1,
      type: 'rental',
      purchasePrice: 0,
      recurringPrice: 9,
      currency: 'EUR',
      subscriptionPeriod: 12,
      self: link,
    },
    service: { id: 2, name: 'Laptop', self: link },
    order: { id: 99, orderNumber: 'SO-2026-0042', created: '2026-11-20T09:15:00Z', self: link },
    customer: { id: 7, name: 'Nordlicht GmbH', self: link },
    orderedBy: { id: 3, firstName: 'Ada', lastName: 'Lovelace', self: link },
    deliveryAddress: { id: 5, countryCode: 'DE', self: link },
    bomItems: [{ quantity: 1 }, { quantity: 2 }],
    self: link,
    ...overrides,
  } as FulfillmentOrder;
}

function setup(listOrders: OrderSource['listOrders']) {
  const client = { listOrders: vi.fn(listOrders) };
  const status = { reportApiResult: vi.fn() };
  const signal = new AbortController().signal;
  const handlers = createOrderHandlers({ client, signal, status });
  return { client, status, signal, list: handlers['orders:list'] };
}

describe('orders:list handler', () => {
  it('maps API orders to queue summaries and passes the filter and signal on', async () => {
    const { client, list, signal, status } = setup(async () => ({
      ok: true,
      value: {
        orders: [
          order(),
          order({ id: 4712, isPreorder: undefined, bomItems: null, deliveryAddress: undefined }),
        ],
        total: 37,
      },
    }));
    const response = await list({ status: ['new'], limit: 2 });
    expect(client.listOrders).toHaveBeenCalledWith({ status: ['new'], limit: 2 }, { signal });
    expect(status.reportApiResult).toHaveBeenCalledWith(expect.objectContaining({ ok: true }));
    expect(response).toEqual({
      ok: true,
      value: {
        total: 37,
        orders: [
          {
            id: 4711,
            orderNumber: 'SO-2026-0042',
            customerName: 'Nordlicht GmbH',
            status: 'new',
            transactionType: 'order',
            isPreorder: true,
            lineCount: 2,
            created: '2026-11-20T09:15:00Z',
            country: 'DE',
          },
          expect.objectContaining({ id: 4712, isPreorder: false, lineCount: 0, country: null }),
        ],
      },
    });
  });

  it('leaves out filters the renderer did not give', async () => {
    const { client, list } = setup(async () => ({ ok: true, value: { orders: [], total: 0 } }));
    await list({});
    expect(client.listOrders).toHaveBeenCalledWith({}, expect.anything());
  });

  it("answers an API error with the client's operator message", async () => {
    const message = 'Equipme cannot be reached. Check the network cable; the station retries on Refresh.';
    const { list, status } = setup(async () => ({ ok: false, error: { kind: 'offline', message } }));
    await expect(list({})).resolves.toEqual({ ok: false, error: { code: 'api-error', message } });
    expect(status.reportApiResult).toHaveBeenCalledWith({ ok: false, error: { kind: 'offline', message } });
  });
});
