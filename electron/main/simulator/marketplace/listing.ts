// The simulator's order list, read from the document alone: `q` criteria, `sort` keys, `page` and
// `per_page`, and the paging headers. A malformed parameter is a 400 that names it.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import { json, problem, type Reply } from '../reply.ts';
import type { MarketplaceWireOrder } from './seed.ts';

const OPERATORS: Readonly<Record<string, readonly string[]>> = {
  id: [':', '!:', '>', '>=', '<', '<=', '^~'],
  submit_date: [':', '>', '>=', '<', '<='],
  status: [':', '!:', '>', '>=', '<', '<='],
  paid: [':', '!:'],
};
const CRITERION = /^(id|submit_date|status|paid)(!:|>=|<=|\^~|:|>|<)(.+)$/;
const SORT_KEY = /^([+-]?)(id|submit_date|total_amount)$/;
const INTEGER = /^\d{1,15}$/;

export const DEFAULT_PER_PAGE = 25;

type Test = (order: MarketplaceWireOrder) => boolean;
interface SortKey {
  field: 'id' | 'submit_date' | 'total_amount';
  descending: boolean;
}

const badRequest = (description: string): Reply => problem(400, 'BadRequest', description);

function compare(operator: string, a: number, b: number): boolean {
  switch (operator) {
    case ':':
      return a === b;
    case '!:':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    default:
      return a <= b;
  }
}

function criterion(text: string): Result<Test, Reply> {
  const match = CRITERION.exec(text);
  const [, field = '', operator = '', value = ''] = match ?? [];
  if (!match || !OPERATORS[field]?.includes(operator)) {
    return err(badRequest(`Invalid filter criterion '${text}'.`));
  }
  if (field === 'submit_date') {
    const at = Date.parse(value);
    if (Number.isNaN(at)) return err(badRequest(`Invalid date '${value}' for submit_date.`));
    return ok((order) => order.submit_date !== null && compare(operator, Date.parse(order.submit_date), at));
  }
  // `^~` (like): the id starts with the value.
  if (operator === '^~') return ok((order) => String(order.id).startsWith(value));
  if (!INTEGER.test(value)) return err(badRequest(`Invalid value '${value}' for ${field}.`));
  const number = Number(value);
  if (field === 'paid' && number > 1) return err(badRequest(`Invalid value '${value}' for paid.`));
  const read: Record<string, (order: MarketplaceWireOrder) => number> = {
    id: (order) => order.id,
    status: (order) => order.status.id,
    paid: (order) => (order.paid ? 1 : 0),
  };
  const of = read[field] ?? (() => Number.NaN);
  return ok((order) => compare(operator, of(order), number));
}

function sortKeys(text: string | null): Result<SortKey[], Reply> {
  if (text === null || text.trim() === '') return ok([{ field: 'submit_date', descending: true }]);
  const keys: SortKey[] = [];
  // A `+` a client did not encode arrives as a space; it means ascending either way.
  for (const part of text.split(',')) {
    const match = SORT_KEY.exec(part.trim());
    if (!match) return err(badRequest(`Invalid sort key '${part}'.`));
    keys.push({ field: match[2] as SortKey['field'], descending: match[1] === '-' });
  }
  return ok(keys);
}

function sortValue(order: MarketplaceWireOrder, field: SortKey['field']): number {
  if (field === 'id') return order.id;
  if (field === 'total_amount') return order.total;
  // Not yet submitted: before every submitted order.
  return order.submit_date === null ? Number.NEGATIVE_INFINITY : Date.parse(order.submit_date);
}

function positiveInteger(query: URLSearchParams, name: string, fallback: number): Result<number, Reply> {
  const text = query.get(name);
  if (text === null) return ok(fallback);
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
    return err(badRequest(`Query parameter '${name}' must be a positive integer, got '${text}'.`));
  }
  return ok(Number(text));
}

/** Answers GET /api/v1/orders over `orders`; per_page above `maxPerPage` is cut to it. */
export function listOrders(
  orders: readonly MarketplaceWireOrder[],
  query: URLSearchParams,
  maxPerPage: number,
): Reply {
  const tests: Test[] = [];
  const q = query.get('q');
  if (q !== null && q !== '') {
    for (const part of q.split(',')) {
      const test = criterion(part);
      if (!test.ok) return test.error;
      tests.push(test.value);
    }
  }
  const keys = sortKeys(query.get('sort'));
  if (!keys.ok) return keys.error;
  const page = positiveInteger(query, 'page', 1);
  if (!page.ok) return page.error;
  const asked = positiveInteger(query, 'per_page', DEFAULT_PER_PAGE);
  if (!asked.ok) return asked.error;
  const perPage = Math.min(asked.value, maxPerPage);

  const matching = orders.filter((order) => tests.every((test) => test(order)));
  matching.sort((a, b) => {
    for (const { field, descending } of keys.value) {
      const difference = sortValue(a, field) - sortValue(b, field);
      if (difference !== 0 && !Number.isNaN(difference)) return descending ? -difference : difference;
    }
    return 0;
  });
  const start = (page.value - 1) * perPage;
  return {
    ...json(200, matching.slice(start, start + perPage)),
    headers: {
      'x-page': String(page.value),
      'x-per-page': String(perPage),
      'x-pages': String(Math.ceil(matching.length / perPage)),
      'x-count': String(matching.length),
    },
  };
}
