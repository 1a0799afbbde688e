// Equipme as an order source: its open orders page by page through the same client as everything
// else (checked per order: an invalid one is rejected, never a failed page), one order by id, and the
// one source the station may send status changes to. The background pull keeps its own engine
// (sync/pull-orders.ts: vanished orders looked at one by one, conflicts, pipelined pages); this is
// the path that lists a source's open orders as SourceOrders (`station orders --source equipme`).
import { FULFILLMENT_ACTIONS } from '../../../../shared/api/equipme.ts';
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import {
  type ApiError,
  invalidResponse,
  type RequestContext,
  rejectedBeforeSending,
} from '../../api/api-error.ts';
import type { EquipmeClient } from '../../api/client.ts';
import { openOrdersQuery } from '../../api/open-listing.ts';
import { checkListedPage } from '../../api/order-page.ts';
import { MAX_PAGE_SIZE } from '../../api/order-query.ts';
import type {
  OrderSource,
  RejectedSourceOrder,
  SourceCapabilities,
  SourceOrder,
  SourcePage,
} from '../order-source.ts';
import { readPosition, stepPage, toPullCursor, wholeListing } from './cursor.ts';
import { equipmeAsSourceOrder } from './mapping.ts';

/** Every action the Equipme API accepts: the lifecycle table decides which one applies when. */
export const EQUIPME_CAPABILITIES: SourceCapabilities = { transitions: FULFILLMENT_ACTIONS };

export interface EquipmeSourceOptions {
  /** Orders per page, 1..1000. Default 1000: the fewest requests for a listing held whole. */
  pageSize?: number;
}

const LISTING: RequestContext = { method: 'GET', subject: 'the order list' };
const MAX_PROBLEMS = 10;
/** An Equipme order id as a scan or a caller gives it: a whole number above 0. */
const ORDER_ID = /^[1-9]\d{0,15}$/;

export function createEquipmeSource(client: EquipmeClient, options: EquipmeSourceOptions = {}): OrderSource {
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  return {
    name: 'equipme',
    capabilities: EQUIPME_CAPABILITIES,
    async pullPage(cursor, opts = {}): Promise<Result<SourcePage, ApiError>> {
      const position = readPosition(cursor);
      if (!position.ok) return err(rejectedBeforeSending(LISTING, position.error));
      const listed = await client.listUncheckedOrders(openOrdersQuery(position.value, pageSize), {
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      if (!listed.ok) return listed;
      const { items } = listed.value;
      // A server that ignores the limit would never send a short page: the walk would not end.
      if (items.length > pageSize) {
        const detail = `${items.length} orders where ${pageSize} were asked for`;
        return err(invalidResponse(LISTING, detail, { status: 200, issues: [detail] }));
      }
      const step = stepPage(position.value, items, pageSize);
      const total = wholeListing(position.value, listed.value.total, step.repeats.size);
      const page = checkListedPage({ ...listed.value, items: items.filter((_, i) => !step.repeats.has(i)) });
      return ok({
        orders: page.orders.map(equipmeAsSourceOrder),
        rejected: page.rejected.map(
          (bad): RejectedSourceOrder => ({
            id: bad.id === undefined ? null : String(bad.id),
            problems: bad.issues.slice(0, MAX_PROBLEMS),
          }),
        ),
        next: step.next && toPullCursor(step.next),
        total,
      });
    },
    async getOne(id, opts = {}): Promise<Result<SourceOrder, ApiError>> {
      const text = id.trim();
      if (!ORDER_ID.test(text) || !Number.isSafeInteger(Number(text))) {
        const shown = id.replace(/[^\x20-\x7e]/g, '?').slice(0, 60);
        return err(
          rejectedBeforeSending({ method: 'GET', subject: `order '${shown}'` }, [
            'an Equipme order id is a whole number above 0',
          ]),
        );
      }
      const order = await client.getOrder(Number(text), opts.signal ? { signal: opts.signal } : {});
      return order.ok ? ok(equipmeAsSourceOrder(order.value)) : order;
    },
  };
}
