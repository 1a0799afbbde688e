// Query parameters of GET /v1/fulfillment/orders, parsed strictly: a simulator that shrugs at a typo
// would hide client bugs the real API would surface.
import type { FulfillmentStatus, TransactionType } from '../../../shared/api/equipme.ts';
import { FULFILLMENT_STATUSES, TRANSACTION_TYPES } from '../../../shared/api/equipme.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import { parseDateTime } from './date-time.ts';

export interface ListQuery {
  customers?: ReadonlySet<number>;
  services?: ReadonlySet<number>;
  status?: ReadonlySet<FulfillmentStatus>;
  transactionTypes?: ReadonlySet<TransactionType>;
  order?: string;
  externalIds?: ReadonlySet<string>;
  serviceCategories?: ReadonlySet<number>;
  /** Epoch ms; only orders created strictly after / before. */
  after?: number;
  before?: number;
  sortBy: 'customer' | 'date';
  sortOrder: 'asc' | 'desc';
  offset: number;
  limit: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
const INT32_MAX = 2_147_483_647;

const KNOWN = new Set([
  'customers',
  'services',
  'status',
  'transactionTypes',
  'order',
  'externalIds',
  'serviceCategories',
  'after',
  'before',
  'sortBy',
  'sortOrder',
  'offset',
  'limit',
]);

/** Repeated keys and comma-separated values both make a list: status=new&status=inprocess,processed. */
function listOf(params: URLSearchParams, name: string): Result<string[] | undefined, string> {
  const raw = params.getAll(name);
  if (raw.length === 0) return ok(undefined);
  const values = raw.flatMap((v) => v.split(',')).map((v) => v.trim());
  if (values.some((v) => v === '')) return err(`Query parameter '${name}' contains an empty value.`);
  return ok(values);
}

function single(params: URLSearchParams, name: string): Result<string | undefined, string> {
  const raw = params.getAll(name);
  if (raw.length > 1) return err(`Query parameter '${name}' may be given only once.`);
  const value = raw[0]?.trim();
  if (value === '') return err(`Query parameter '${name}' must not be empty.`);
  return ok(value);
}

function integer(text: string, name: string, min: number, max: number): Result<number, string> {
  const value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value)) return err(`Query parameter '${name}' must be an integer, got '${text}'.`);
  if (value < min || value > max) {
    return err(`Query parameter '${name}' must be between ${min} and ${max}, got ${value}.`);
  }
  return ok(value);
}

function integerSet(params: URLSearchParams, name: string): Result<Set<number> | undefined, string> {
  const values = listOf(params, name);
  if (!values.ok || values.value === undefined) return values.ok ? ok(undefined) : values;
  const ids = new Set<number>();
  for (const text of values.value) {
    const id = integer(text, name, -INT32_MAX - 1, INT32_MAX);
    if (!id.ok) return id;
    ids.add(id.value);
  }
  return ok(ids);
}

function enumSet<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
): Result<Set<T> | undefined, string> {
  const values = listOf(params, name);
  if (!values.ok || values.value === undefined) return values.ok ? ok(undefined) : values;
  const members = new Set<T>();
  for (const text of values.value) {
    const member = allowed.find((a) => a === text);
    if (member === undefined) {
      return err(`Query parameter '${name}' has unknown value '${text}'; allowed: ${allowed.join(', ')}.`);
    }
    members.add(member);
  }
  return ok(members);
}

function dateTime(params: URLSearchParams, name: string): Result<number | undefined, string> {
  const text = single(params, name);
  if (!text.ok || text.value === undefined) return text.ok ? ok(undefined) : text;
  const ms = parseDateTime(text.value);
  if (ms === undefined) {
    return err(`Query parameter '${name}' must be an ISO 8601 date-time, got '${text.value}'.`);
  }
  return ok(ms);
}

function choice<T extends string>(
  params: URLSearchParams,
  name: string,
  allowed: readonly T[],
  fallback: T,
): Result<T, string> {
  const text = single(params, name);
  if (!text.ok) return text;
  if (text.value === undefined) return ok(fallback);
  const member = allowed.find((a) => a === text.value);
  if (member === undefined) {
    return err(`Query parameter '${name}' must be one of ${allowed.join('|')}, got '${text.value}'.`);
  }
  return ok(member);
}

function bounded(params: URLSearchParams, name: string, min: number, max: number, fallback: number) {
  const text = single(params, name);
  if (!text.ok) return text;
  return text.value === undefined ? ok(fallback) : integer(text.value, name, min, max);
}

export function parseListQuery(params: URLSearchParams): Result<ListQuery, string> {
  for (const name of params.keys()) {
    if (!KNOWN.has(name)) return err(`Unknown query parameter '${name}'.`);
  }
  const customers = integerSet(params, 'customers');
  if (!customers.ok) return customers;
  const services = integerSet(params, 'services');
  if (!services.ok) return services;
  const status = enumSet(params, 'status', FULFILLMENT_STATUSES);
  if (!status.ok) return status;
  const transactionTypes = enumSet(params, 'transactionTypes', TRANSACTION_TYPES);
  if (!transactionTypes.ok) return transactionTypes;
  const order = single(params, 'order');
  if (!order.ok) return order;
  const externalIds = listOf(params, 'externalIds');
  if (!externalIds.ok) return externalIds;
  const serviceCategories = integerSet(params, 'serviceCategories');
  if (!serviceCategories.ok) return serviceCategories;
  const after = dateTime(params, 'after');
  if (!after.ok) return after;
  const before = dateTime(params, 'before');
  if (!before.ok) return before;
  const sortBy = choice(params, 'sortBy', ['customer', 'date'], 'date');
  if (!sortBy.ok) return sortBy;
  const sortOrder = choice(params, 'sortOrder', ['asc', 'desc'], 'desc');
  if (!sortOrder.ok) return sortOrder;
  const offset = bounded(params, 'offset', 0, INT32_MAX, 0);
  if (!offset.ok) return offset;
  const limit = bounded(params, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT);
  if (!limit.ok) return limit;
  return ok({
    customers: customers.value,
    services: services.value,
    status: status.value,
    transactionTypes: transactionTypes.value,
    order: order.value,
    externalIds: externalIds.value === undefined ? undefined : new Set(externalIds.value),
    serviceCategories: serviceCategories.value,
    after: after.value,
    before: before.value,
    sortBy: sortBy.value,
    sortOrder: sortOrder.value,
    offset: offset.value,
    limit: limit.value,
  });
}
