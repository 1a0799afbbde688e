// The list as the document describes it: `pageNumber` from 1, `pageSize`, and `sort` as `field`,
// `field:asc|desc`, comma lists and `field.language` (a localized attribute: an object keyed by
// language). The answer is a bare array; the last page is short, and past it the array is empty.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import { json, problem, type Reply } from '../reply.ts';
import type { EmporixOrderJson } from './seed.ts';

/** The document's example asks for 16; a request without pageSize gets as many. */
export const DEFAULT_PAGE_SIZE = 16;
const MAX_PAGE_SIZE = 1000;

interface SortKey {
  path: string[];
  descending: boolean;
}

export function listOrders(orders: readonly EmporixOrderJson[], query: URLSearchParams): Reply {
  const pageNumber = wholeNumber(query, 'pageNumber', 1);
  if (!pageNumber.ok) return pageNumber.error;
  const pageSize = wholeNumber(query, 'pageSize', DEFAULT_PAGE_SIZE);
  if (!pageSize.ok) return pageSize.error;
  if (pageSize.value > MAX_PAGE_SIZE) {
    return problem(400, 'InvalidQueryParameter', `pageSize may be at most ${MAX_PAGE_SIZE}.`);
  }
  const sort = parseSort(query.get('sort'));
  if (!sort.ok) return sort.error;
  const sorted = sort.value.length === 0 ? [...orders] : [...orders].sort(comparator(sort.value));
  const start = (pageNumber.value - 1) * pageSize.value;
  return json(200, sorted.slice(start, start + pageSize.value));
}

function wholeNumber(query: URLSearchParams, name: string, fallback: number): Result<number, Reply> {
  const text = query.get(name);
  if (text === null) return ok(fallback);
  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (value >= 1) return ok(value);
  return err(
    problem(
      400,
      'InvalidQueryParameter',
      `${name} must be a whole number from 1, got '${text.slice(0, 40)}'.`,
    ),
  );
}

const SORT_PART = /^([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_-]+)*)(?::(asc|desc))?$/;

function parseSort(text: string | null): Result<SortKey[], Reply> {
  if (text === null || text.trim() === '') return ok([]);
  const keys: SortKey[] = [];
  for (const part of text.split(',')) {
    const match = SORT_PART.exec(part.trim());
    if (!match?.[1]) {
      return err(
        problem(400, 'InvalidQueryParameter', `sort '${part.slice(0, 60)}' is not fieldName[:asc|:desc].`),
      );
    }
    keys.push({ path: match[1].split('.'), descending: match[2] === 'desc' });
  }
  return ok(keys);
}

function valueAt(order: unknown, path: readonly string[]): unknown {
  let value: unknown = order;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Missing values sort last either way; strings by code point, as a database index would. */
function comparator(keys: readonly SortKey[]) {
  return (a: EmporixOrderJson, b: EmporixOrderJson): number => {
    for (const key of keys) {
      const left = valueAt(a, key.path);
      const right = valueAt(b, key.path);
      if (left === right) continue;
      if (left === undefined || left === null) return 1;
      if (right === undefined || right === null) return -1;
      const order =
        typeof left === 'number' && typeof right === 'number'
          ? left - right
          : String(left) < String(right)
            ? -1
            : String(left) > String(right)
              ? 1
              : 0;
      if (order !== 0) return key.descending ? -order : order;
    }
    return 0;
  };
}
