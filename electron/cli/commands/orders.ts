// `station orders`: list fulfillment orders straight from the Equipme API. With `--source S` it lists
// that source's open orders through its OrderSource instead (source-orders.ts, loaded only then):
// a shop's, or Equipme's own; Equipme's `--status`/`--type` filters stay on the client's listing.
import {
  FULFILLMENT_STATUSES,
  type FulfillmentOrder,
  type FulfillmentStatus,
  TRANSACTION_TYPES,
  type TransactionType,
} from '../../../shared/api/equipme.ts';
import { ORDER_SOURCES, type ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { createEquipmeClient } from '../../main/api/index.ts';
import { apiProblemText } from '../api-text.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { resolveApiConfig } from '../config.ts';
import { count } from '../count.ts';
import { intFlag, listFlag, parseFlags } from '../flags.ts';
import { formatTable } from '../table.ts';

export const ordersCommand: Command = {
  ...COMMAND_HELP.orders,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      status: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      limit: { type: 'string' },
      json: { type: 'boolean' },
      'api-url': { type: 'string' },
      'api-key': { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      account: { type: 'string' },
      secret: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    const source = values.source;
    if (source !== undefined && !(ORDER_SOURCES as readonly string[]).includes(source)) {
      return usageError(ctx, this, `unknown --source '${source}' (${ORDER_SOURCES.join(', ')})`);
    }
    const filtered = values.status !== undefined || values.type !== undefined;
    const shopFlags = values.url !== undefined || values.account !== undefined || values.secret !== undefined;

    const status = listFlag(values.status);
    const badStatus = status.find((s) => !(FULFILLMENT_STATUSES as readonly string[]).includes(s));
    if (badStatus)
      return usageError(ctx, this, `unknown status '${badStatus}' (${FULFILLMENT_STATUSES.join(', ')})`);
    const types = listFlag(values.type);
    const badType = types.find((t) => !(TRANSACTION_TYPES as readonly string[]).includes(t));
    if (badType) return usageError(ctx, this, `unknown type '${badType}' (${TRANSACTION_TYPES.join(', ')})`);
    const limit = intFlag('limit', values.limit, 1, Number.MAX_SAFE_INTEGER);
    if (typeof limit === 'string') return usageError(ctx, this, limit);
    if (source !== undefined && source !== 'equipme') {
      if (filtered) {
        return usageError(
          ctx,
          this,
          `--status and --type filter Equipme's listing; --source ${source} lists the shop's open orders.`,
        );
      }
      const { shopOrders } = await import('../source-orders.ts');
      const { resolveShopTarget } = await import('../shop-target.ts');
      const shop = source as ShopSourceName;
      const target = resolveShopTarget(shop, values, ctx.env);
      if (typeof target === 'string') return usageError(ctx, this, target);
      const listing = { limit, json: values.json === true, signal: ctx.signal };
      return written(ctx, await shopOrders(shop, target, listing));
    }
    if (shopFlags) {
      return usageError(
        ctx,
        this,
        '--url, --account and --secret are for a shop (--source marketplace or emporix); Equipme takes --api-url and --api-key.',
      );
    }
    const config = resolveApiConfig(values, ctx.env);
    if (typeof config === 'string') return usageError(ctx, this, config);
    if (source === 'equipme' && !filtered) {
      const { equipmeOrders } = await import('../source-orders.ts');
      const listing = { limit, json: values.json === true, signal: ctx.signal };
      return written(ctx, await equipmeOrders(config, listing, (error) => apiProblemText(error, config)));
    }

    const client = createEquipmeClient(config);
    const orders: FulfillmentOrder[] = [];
    let rejected = 0;
    const query = {
      status: status as FulfillmentStatus[],
      transactionTypes: types as TransactionType[],
      limit: Math.min(limit ?? 1000, 1000),
    };
    for await (const page of client.iterateOrders(query, { signal: ctx.signal })) {
      if (!page.ok) {
        writeLine(ctx.stderr, `station orders: ${apiProblemText(page.error, config)}`);
        return EXIT.failed;
      }
      orders.push(...page.value.orders);
      for (const r of page.value.rejected) writeLine(ctx.stderr, `skipped an invalid order: ${r.message}`);
      rejected += page.value.rejected.length;
      if (limit !== undefined && orders.length >= limit) break;
    }
    const shown = limit === undefined ? orders : orders.slice(0, limit);

    if (values.json) {
      writeLine(ctx.stdout, JSON.stringify(shown));
    } else {
      writeLine(ctx.stdout, formatTable(ORDER_COLUMNS, shown.map(orderRow)));
      writeLine(
        ctx.stdout,
        `${count(shown.length, 'order')}${rejected ? `, ${rejected} invalid skipped` : ''}`,
      );
    }
    return EXIT.ok;
  },
};

function written(ctx: CliContext, listing: { ok: boolean; stdout: string[]; stderr: string[] }): number {
  for (const line of listing.stderr) writeLine(ctx.stderr, line);
  for (const line of listing.stdout) writeLine(ctx.stdout, line);
  return listing.ok ? EXIT.ok : EXIT.failed;
}

const ORDER_COLUMNS = ['ID', 'ORDER', 'STATUS', 'TYPE', 'PRE', 'LINES', 'CUSTOMER'];

function orderRow(order: FulfillmentOrder): string[] {
  return [
    String(order.id),
    order.order.orderNumber,
    order.status,
    order.transactionType,
    order.isPreorder ? 'yes' : '',
    String(order.bomItems?.length ?? 0),
    order.customer.name,
  ];
}
