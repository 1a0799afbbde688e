// orders:query, orders:get, orders:lookup — all served from the cache, never waiting for the network.

import { SHOP_SOURCES } from '../../../shared/domain/order-sources.ts';
import type { OrdersQueryArgs, OrdersQueryResult } from '../../../shared/ipc/orders.ts';
import { queryOrders } from '../db/order-query-run.ts';
import { openCountsByStatus, openLocations, sourcesWithOrders, writeMark } from '../db/order-queue-facts.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { orderNotFound } from './failures.ts';
import { orderDetail } from './order-detail.ts';
import { lookupOrderCode } from './order-lookup.ts';
import { queueRows } from './queue-rows.ts';
import type { StationContext } from './station-context.ts';

type OrderHandlers = Pick<InvokeHandlers, 'orders:query' | 'orders:get' | 'orders:lookup'>;

type QueueFacts = Pick<OrdersQueryResult, 'countsByStatus' | 'locations' | 'sources'>;

export function orderHandlers(ctx: StationContext): OrderHandlers {
  const { db } = ctx;
  // The chips' counts and the locations do not depend on the search text, and counting them at
  // 50k orders costs more than the search itself: they are counted again only once the cache changed
  // — and never for a keystroke ('as-counted'), since any write moves the mark (the lease's heartbeat
  // every 5 s too), which put a count in front of every keystroke that followed one.
  let facts: { mark: string; places: string; value: QueueFacts } | null = null;
  function queueFacts(locationIds: readonly number[], mode: OrdersQueryArgs['queueFacts']): QueueFacts {
    const places = locationIds.join(',');
    if (facts?.places === places && mode === 'as-counted') return facts.value;
    const mark = writeMark(db);
    if (facts?.places !== places || facts.mark !== mark) {
      facts = {
        mark,
        places,
        value: {
          countsByStatus: openCountsByStatus(db, locationIds),
          locations: openLocations(db),
          sources: offeredSources(),
        },
      };
    }
    return facts.value;
  }
  // Equipme always; a shop once it is switched on, or while its orders are in the cache.
  function offeredSources(): OrdersQueryResult['sources'] {
    const cached = sourcesWithOrders(db);
    const on = SHOP_SOURCES.filter((source) => ctx.settings.sources.connection(source).enabled);
    return ['equipme', ...SHOP_SOURCES.filter((source) => on.includes(source) || cached.includes(source))];
  }
  return {
    async 'orders:query'(args) {
      // The query's own location filter wins; without one, the station's locations apply.
      const locationIds =
        args.locationIds && args.locationIds.length > 0
          ? args.locationIds
          : ctx.settings.current().locationIds;
      const page = queryOrders(db, {
        ...(args.text !== undefined ? { text: args.text } : {}),
        ...(args.statuses ? { statuses: args.statuses } : {}),
        ...(args.transactionTypes ? { transactionTypes: args.transactionTypes } : {}),
        ...(args.preorder !== undefined ? { preorder: args.preorder } : {}),
        ...(args.source !== undefined ? { source: args.source } : {}),
        locationIds,
        sort: args.sort,
        limit: args.limit,
        offset: args.offset,
      });
      return {
        ok: true,
        value: {
          rows: queueRows(db, page.rows),
          total: page.total,
          totalCapped: page.totalCapped,
          ...queueFacts(locationIds, args.queueFacts),
        },
      };
    },
    async 'orders:get'({ orderId }) {
      const detail = orderDetail(db, orderId, {
        online: ctx.syncStatus().connectivity === 'online',
        instructionKeys: ctx.settings.current().packingInstructionKeys,
      });
      return detail ? { ok: true, value: detail } : orderNotFound(orderId);
    },
    async 'orders:lookup'({ code }) {
      return { ok: true, value: lookupOrderCode(db, code) };
    },
  };
}
