// The Equipme sales client: one sales order, one customer, a customer's metadata. Same transport,
// key header, timeout, 429 waits and error values as the fulfillment client; every answer checked
// against the sales spec (sales-schema.ts). Resolves to a Result and never throws.
import type { z } from 'zod';
import type { Customer, CustomerMetadataItem, SalesOrder } from '../../../shared/api/equipme-sales.ts';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import {
  type ApiError,
  invalidResponse,
  type RequestContext,
  rejectedBeforeSending,
  withoutSecret,
} from './api-error.ts';
import { apiBase, type EquipmeClientOptions, type RequestOptions } from './client.ts';
import { getJson, type HttpConfig } from './http.ts';
import { formatIssues, WITH_INPUT } from './issues.ts';
import {
  customerMetadataSchema,
  customerSchema,
  salesListEnvelopeSchema,
  salesOrderSchema,
} from './sales-schema.ts';
import { fetchWire } from './wire.ts';

export interface SalesClient {
  getSalesOrder(orderId: number, opts?: RequestOptions): Promise<Result<SalesOrder, ApiError>>;
  getCustomer(customerId: number, opts?: RequestOptions): Promise<Result<Customer, ApiError>>;
  /** Every metadata item of the customer; the spec answers them all at once (no paging). */
  getCustomerMetadata(
    customerId: number,
    opts?: RequestOptions,
  ): Promise<Result<CustomerMetadataItem[], ApiError>>;
}

const SALES_ORDERS = 'v1/sales/orders';
const CUSTOMERS = 'v1/sales/customers';
const INT32_MAX = 2_147_483_647;
const MAX_ISSUES_IN_MESSAGE = 5;

/** What a 403 is about: the one resource, or the station's right to read sales data at all. */
const STATION_REFUSED = (list: string) =>
  `The Equipme API refuses this station the ${list} too (HTTP 403): its API key may not read sales data. Ask a supervisor to check the key's rights in Equipme.`;

export function createSalesClient(options: EquipmeClientOptions): SalesClient {
  const base = apiBase(options.baseUrl);
  const timeoutMs = options.timeoutMs ?? 15_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
  }
  const http: HttpConfig = {
    apiKey: options.apiKey,
    timeoutMs,
    wire: fetchWire(options.fetch ?? globalThis.fetch),
    userAgent: options.userAgent ?? 'PackingStation',
    maxRateLimitWaits: Math.max(0, options.maxRateLimitWaits ?? 3),
  };
  const scrub = <T>(result: Result<T, ApiError>): Result<T, ApiError> =>
    result.ok ? result : err(withoutSecret(result.error, options.apiKey));

  async function read<T>(
    ctx: RequestContext,
    path: string,
    schema: z.ZodType<T>,
    signal: AbortSignal | undefined,
  ): Promise<Result<T, ApiError>> {
    const body = await getJson(http, { ...ctx, url: new URL(path, base), signal });
    if (!body.ok) return body;
    const parsed = schema.safeParse(body.value, WITH_INPUT);
    if (parsed.success) return ok(parsed.data);
    const issues = formatIssues(parsed.error);
    const more =
      issues.length > MAX_ISSUES_IN_MESSAGE ? ` (and ${issues.length - MAX_ISSUES_IN_MESSAGE} more)` : '';
    const detail = `it does not match the spec: ${issues.slice(0, MAX_ISSUES_IN_MESSAGE).join('; ')}${more}`;
    return err(invalidResponse(ctx, detail, { status: 200, issues }));
  }

  /**
   * Step 5's 403 rule, as the sync engine applies it to orders: Equipme answers 403 for "access denied
   * or resource does not exist anymore". The list of the same kind, asked for one item, tells the two
   * apart: still listed → the 403 is this resource's alone; refused too → it is the station's key.
   */
  async function whose403(
    error: ApiError,
    list: string,
    listPath: string,
    signal?: AbortSignal,
  ): Promise<ApiError> {
    if (error.kind !== 'forbidden') return error;
    const ctx: RequestContext = { method: 'GET', subject: list };
    const probe = await read(ctx, `${listPath}?limit=1`, salesListEnvelopeSchema, signal);
    if (probe.ok) return error;
    if (probe.error.kind === 'unauthorized') return probe.error;
    if (probe.error.kind === 'forbidden') {
      return { ...probe.error, kind: 'unauthorized', message: STATION_REFUSED(list) };
    }
    return error;
  }

  return {
    async getSalesOrder(orderId, opts = {}) {
      const ctx: RequestContext = { method: 'GET', subject: `sales order ${orderId}` };
      if (!Number.isSafeInteger(orderId) || orderId <= 0) {
        return err(rejectedBeforeSending(ctx, [`orderId: expected a positive integer, received ${orderId}`]));
      }
      const order = await read(ctx, `${SALES_ORDERS}/${orderId}`, salesOrderSchema, opts.signal);
      if (!order.ok)
        return scrub(err(await whose403(order.error, 'sales order list', SALES_ORDERS, opts.signal)));
      if (order.value.id !== orderId) {
        return scrub(
          err(invalidResponse(ctx, `it returned sales order ${order.value.id} instead`, { status: 200 })),
        );
      }
      return order;
    },
    async getCustomer(customerId, opts = {}) {
      const ctx: RequestContext = { method: 'GET', subject: `customer ${customerId}` };
      const refused = checkCustomerId(ctx, customerId);
      if (refused) return err(refused);
      const customer = await read(ctx, `${CUSTOMERS}/${customerId}`, customerSchema, opts.signal);
      if (!customer.ok)
        return scrub(err(await whose403(customer.error, 'customer list', CUSTOMERS, opts.signal)));
      if (customer.value.id !== customerId) {
        return scrub(
          err(invalidResponse(ctx, `it returned customer ${customer.value.id} instead`, { status: 200 })),
        );
      }
      return customer;
    },
    async getCustomerMetadata(customerId, opts = {}) {
      const ctx: RequestContext = { method: 'GET', subject: `the metadata of customer ${customerId}` };
      const refused = checkCustomerId(ctx, customerId);
      if (refused) return err(refused);
      const items = await read(
        ctx,
        `${CUSTOMERS}/${customerId}/metadata`,
        customerMetadataSchema,
        opts.signal,
      );
      if (items.ok) return items;
      return scrub(err(await whose403(items.error, 'customer list', CUSTOMERS, opts.signal)));
    },
  };
}

/** customerId is an int32 in the spec: anything else never leaves the station. */
function checkCustomerId(ctx: RequestContext, customerId: number): ApiError | undefined {
  if (Number.isSafeInteger(customerId) && customerId > 0 && customerId <= INT32_MAX) return undefined;
  return rejectedBeforeSending(ctx, [
    `customerId: expected a positive 32-bit integer, received ${customerId}`,
  ]);
}
