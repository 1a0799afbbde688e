// The marketplace list's `q` and `sort` parameters, built from typed criteria. The document defines
// `<field><operator><value>` criteria joined by commas and no way to escape either, so a value that
// could read as another criterion (a comma) or as part of the operator (`id>` + `=5` reads `id>=5`) is
// refused, never pasted: each field takes only values of its own shape, and the builder writes them.
import { plainLine } from '../../../../shared/domain/plain-text.ts';
import { err, ok, type Result } from '../../../../shared/domain/result.ts';

/** The operators the document lists per field, longest first where one is a prefix of another. */
export const FILTER_OPERATORS = {
  id: [':', '!:', '>=', '>', '<=', '<', '^~'],
  submit_date: [':', '>=', '>', '<=', '<'],
  status: [':', '!:', '>=', '>', '<=', '<'],
  paid: [':', '!:'],
} as const;

export type FilterField = keyof typeof FILTER_OPERATORS;
export type FilterOperator<F extends FilterField = FilterField> = (typeof FILTER_OPERATORS)[F][number];

/** The status codes the document names. */
export const ORDER_STATUS_CODES = {
  EDITING: 0,
  SUBMITTED: 1,
  SHIPPED: 2,
  DELIVERED: 3,
  CANCELED: 4,
} as const;

export type FilterCriterion = {
  [F in FilterField]: { field: F; operator: FilterOperator<F>; value: FilterValue<F> };
}[FilterField];

type FilterValue<F extends FilterField> = F extends 'submit_date'
  ? string | Date
  : F extends 'status' | 'paid'
    ? number
    : string;

/** Order ids: letters, digits, `.`, `_` and `-`; nothing that reads as an operator or a separator. */
const ID_VALUE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export const SORT_FIELDS = ['id', 'submit_date', 'total_amount'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export interface SortKey {
  field: SortField;
  direction: 'ascending' | 'descending';
}

/** `q` for the criteria, or the first criterion that cannot be sent, in words. */
export function buildFilter(criteria: readonly FilterCriterion[]): Result<string, string> {
  const parts: string[] = [];
  for (const criterion of criteria) {
    const part = buildCriterion(criterion);
    if (!part.ok) return part;
    parts.push(part.value);
  }
  return ok(parts.join(','));
}

function buildCriterion(criterion: FilterCriterion): Result<string, string> {
  const { field, operator } = criterion as { field: string; operator: string; value: unknown };
  const known = (FILTER_OPERATORS as Record<string, readonly string[]>)[field];
  if (!known) return err(`the marketplace cannot filter orders by '${printable(field)}'`);
  if (!known.includes(operator)) {
    return err(`the marketplace does not filter '${field}' with '${printable(operator)}'`);
  }
  const value = filterValue(criterion);
  return value.ok ? ok(`${field}${operator}${value.value}`) : value;
}

function filterValue(criterion: FilterCriterion): Result<string, string> {
  switch (criterion.field) {
    case 'id':
      return ID_VALUE.test(criterion.value)
        ? ok(criterion.value)
        : err(`'${printable(criterion.value)}' is not an order id the station sends in a filter`);
    case 'status':
      return Object.values(ORDER_STATUS_CODES).includes(criterion.value as 0)
        ? ok(String(criterion.value))
        : err(`status ${printable(String(criterion.value))} is not one of the documented codes 0 to 4`);
    case 'paid':
      return criterion.value === 0 || criterion.value === 1
        ? ok(String(criterion.value))
        : err(`paid must be 0 or 1, not ${printable(String(criterion.value))}`);
    case 'submit_date':
      return submitDate(criterion.value);
  }
}

/**
 * A submit date is written by the builder as an RFC 3339 instant: a date as the server sent it
 * (the pull's keyset) only passes when it is one, so its colons sit inside the time, never at the
 * start where they would change the operator.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

function submitDate(value: string | Date): Result<string, string> {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? err('the submit date is not a valid date')
      : ok(value.toISOString());
  }
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return ok(value);
  return err(`'${printable(value)}' is not a date and time the station sends in a filter`);
}

/** `sort`: `+field` or `-field`, comma-separated, only the documented fields. */
export function buildSort(keys: readonly SortKey[]): Result<string, string> {
  const parts: string[] = [];
  for (const { field, direction } of keys) {
    if (!(SORT_FIELDS as readonly string[]).includes(field)) {
      return err(`the marketplace cannot sort orders by '${printable(field)}'`);
    }
    parts.push(`${direction === 'descending' ? '-' : '+'}${field}`);
  }
  return ok(parts.join(','));
}

/** A value quoted in a message: short, and without control characters. */
function printable(text: string): string {
  const clean = plainLine(text);
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
