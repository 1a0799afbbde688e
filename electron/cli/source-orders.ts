// `station orders --source S`: a source's open orders straight from the source, page by page through
// its OrderSource (the shops' clients, Equipme's createEquipmeSource), in one table or as the
// SourceOrders in JSON. Loaded only for such a listing; the lines come back to the command, which
// writes them (as shop-pull.ts does, so the CLI's entry chunk stays whole).
import type { ShopSourceName } from '../../shared/domain/order-sources.ts';
import type { ApiError } from '../main/api/api-error.ts';
import { createEquipmeClient } from '../main/api/client.ts';
import { createEquipmeSource } from '../main/sources/equipme/source.ts';
import type { OrderSource, PullCursor, SourceOrder } from '../main/sources/order-source.ts';
import { type ShopTarget, shopSource } from '../main/sources/shop-connection.ts';
import type { ApiConfig } from './config.ts';
import { count } from './count.ts';
import { formatTable } from './table.ts';

export interface ListingOptions {
  limit?: number | undefined;
  json: boolean;
  signal: AbortSignal;
}

/** What the listing printed: its lines for stdout and stderr, and whether it went through. */
export interface SourceListing {
  ok: boolean;
  stdout: string[];
  stderr: string[];
}

/** A listing that never ends is a broken server: it stops here with what it has read. */
const MAX_PAGES = 10_000;

export function equipmeOrders(
  config: ApiConfig,
  options: ListingOptions,
  problem: (error: ApiError) => string,
): Promise<SourceListing> {
  return listOrders(createEquipmeSource(createEquipmeClient(config)), options, problem);
}

export async function shopOrders(
  shop: ShopSourceName,
  target: ShopTarget,
  options: ListingOptions,
): Promise<SourceListing> {
  const source = shopSource(shop, target);
  if (!source.ok) return { ok: false, stdout: [], stderr: [`station orders: ${source.error}`] };
  return listOrders(source.value, options, (error) => `${shop}: ${error.message}`);
}

async function listOrders(
  source: OrderSource,
  options: ListingOptions,
  problem: (error: ApiError) => string,
): Promise<SourceListing> {
  const orders: SourceOrder[] = [];
  const stderr: string[] = [];
  let rejected = 0;
  let cursor: PullCursor | null = null;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await source.pullPage(cursor, { signal: options.signal });
    if (!page.ok)
      return { ok: false, stdout: [], stderr: [...stderr, `station orders: ${problem(page.error)}`] };
    orders.push(...page.value.orders);
    for (const bad of page.value.rejected) {
      stderr.push(
        `skipped an invalid ${source.name} order${bad.id === null ? '' : ` ${bad.id}`}: ${bad.problems.join('; ')}`,
      );
    }
    rejected += page.value.rejected.length;
    cursor = page.value.next;
    if (cursor === null || (options.limit !== undefined && orders.length >= options.limit)) break;
  }
  const shown = options.limit === undefined ? orders : orders.slice(0, options.limit);
  if (options.json) return { ok: true, stdout: [JSON.stringify(shown)], stderr };
  return {
    ok: true,
    stdout: [
      formatTable(COLUMNS, shown.map(orderRow)),
      `${count(shown.length, 'order')}${rejected ? `, ${rejected} invalid skipped` : ''}`,
    ],
    stderr,
  };
}

/** The columns every source fills: its own id and number, its status as sent, whether it is packed here. */
const COLUMNS = ['ID', 'ORDER', 'STATUS', 'PACK', 'LINES', 'CUSTOMER'];

function orderRow(order: SourceOrder): string[] {
  return [
    order.key.id,
    order.orderNumber,
    // As the source sent it; a marketplace code comes with its name ("1 Submitted").
    order.status.label && order.status.label !== order.status.code
      ? `${order.status.code} ${order.status.label}`
      : order.status.code,
    order.packable ? 'yes' : '',
    String(order.pickLines.length),
    order.customerName ?? '',
  ];
}
