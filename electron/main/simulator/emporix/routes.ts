// The two routes: the document's list, and one order by id as Emporix's public API has it.
import { json, problem, type Reply } from '../reply.ts';
import type { Route, RouteRequest } from '../router.ts';
import { listOrders } from './listing.ts';
import type { EmporixOrderJson } from './seed.ts';

export interface Shop {
  tenant: string;
  orders(): readonly EmporixOrderJson[];
}

/** A token belongs to one tenant: another tenant's path is refused, not "not found". */
function otherTenant(name: string | undefined): Reply {
  return problem(403, 'Forbidden', `The token gives no access to tenant '${(name ?? '').slice(0, 40)}'.`);
}

export function emporixRoutes(shop: Shop): Route[] {
  function list({ params, query }: RouteRequest): Reply {
    return params[0] === shop.tenant ? listOrders(shop.orders(), query) : otherTenant(params[0]);
  }
  function read({ params }: RouteRequest): Reply {
    if (params[0] !== shop.tenant) return otherTenant(params[0]);
    const order = shop.orders().find((candidate) => candidate.id === params[1]);
    return order
      ? json(200, order)
      : problem(404, 'NotFound', `No order '${(params[1] ?? '').slice(0, 40)}'.`);
  }
  return [
    { pattern: /^\/order-v2\/([^/]+)\/salesorders\/?$/, methods: { GET: list } },
    { pattern: /^\/order-v2\/([^/]+)\/salesorders\/([^/]+)$/, methods: { GET: read } },
  ];
}
