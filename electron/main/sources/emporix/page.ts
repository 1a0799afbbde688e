// One answer of the list as a SourcePage. The answer is a bare array with no total: a full page means
// there may be more, a short one is the last. Each order is checked on its own, so one bad order is a
// RejectedSourceOrder and the rest of the page still reaches the station.
import { plainLine } from '../../../../shared/domain/plain-text.ts';
import { formatIssues, WITH_INPUT } from '../../api/issues.ts';
import type { RejectedSourceOrder, SourceOrder } from '../order-source.ts';
import { toSourceOrder } from './mapping.ts';
import { emporixSalesOrderSchema } from './schema.ts';

const MAX_PROBLEMS = 10;

export interface ReadPage {
  orders: SourceOrder[];
  rejected: RejectedSourceOrder[];
  /** The id of the page's last item, when readable: where the next page must begin after. */
  lastId: string | null;
}

/**
 * `after` is the last id of the page before: when it turns up in this page, orders were inserted
 * ahead of the cursor and pushed it here, and it and everything before it were already read.
 */
export function readPage(items: readonly unknown[], after: string | null): ReadPage {
  const start = after === null ? 0 : items.findIndex((item) => readableId(item) === after) + 1;
  const page: ReadPage = { orders: [], rejected: [], lastId: null };
  for (const item of items.slice(start)) {
    const parsed = emporixSalesOrderSchema.safeParse(item, WITH_INPUT);
    if (parsed.success) page.orders.push(toSourceOrder(parsed.data));
    else {
      page.rejected.push({
        id: readableId(item),
        problems: formatIssues(parsed.error).slice(0, MAX_PROBLEMS),
      });
    }
  }
  const last = items.at(-1);
  page.lastId = last === undefined ? null : readableId(last);
  return page;
}

/** The item's id as plain text when it is a usable one, whatever else is wrong with it. */
export function readableId(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || !('id' in item)) return null;
  const { id } = item;
  if (typeof id !== 'string') return null;
  const line = plainLine(id);
  return line.length > 0 && line.length <= 200 ? line : null;
}
