import type { FulfillmentOrder, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import type { Result } from '../../../shared/domain/result.ts';
import type { OrderSummary } from '../../../shared/ipc/orders.ts';
import type { InvokeHandlers } from './handlers.ts';
import type { StationStatus } from './station-status.ts';

/** The part of the Equipme client the order channels need. */
export interface OrderSource {
  listOrders(
    query: { status?: FulfillmentStatus[]; limit?: number },
    options: { signal: AbortSignal },
  ): Promise<Result<{ orders: FulfillmentOrder[]; total: number }, { kind: string; message: string }>>;
}

export interface OrderHandlerDeps {
  client: OrderSource;
  /** Aborted when the station shuts down. */
  signal: AbortSignal;
  /** Told about every API result, for `station:status`. */
  status: StationStatus;
}

export function createOrderHandlers(deps: OrderHandlerDeps): Pick<InvokeHandlers, 'orders:list'> {
  return {
    'orders:list': async (args) => {
      const query: { status?: FulfillmentStatus[]; limit?: number } = {};
      if (args.status) query.status = args.status;
      if (args.limit !== undefined) query.limit = args.limit;
      const result = await deps.client.listOrders(query, { signal: deps.signal });
      deps.status.reportApiResult(result);
      if (!result.ok) return { ok: false, error: { code: 'api-error', message: result.error.message } };
      return {
        ok: true,
        value: { orders: result.value.orders.map(toOrderSummary), total: result.value.total },
      };
    },
  };
}

export function toOrderSummary(order: FulfillmentOrder): OrderSummary {
  return {
    id: order.id,
    orderNumber: order.order.orderNumber,
    customerName: order.customer.name,
    status: order.status,
    transactionType: order.transactionType,
    isPreorder: order.isPreorder === true,
    lineCount: order.bomItems?.length ?? 0,
    created: order.order.created,
    country: order.deliveryAddress?.countryCode ?? null,
  };
}
