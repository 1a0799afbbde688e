// `station orders`: list fulfillment orders straight from the Equipme API.
import {
  FULFILLMENT_STATUSES,
  type FulfillmentOrder,
  type FulfillmentStatus,
  TRANSACTION_TYPES,
  type TransactionType,
} from '../../../shared/api/equipme.ts';
import { createEquipmeClient } from '../../main/api/index.ts';
import { apiProblemText } from '../api-text.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
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
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;

    const status = listFlag(values.status);
    const badStatus = status.find((s) => !(FULFILLMENT_STATUSES as readonly string[]).includes(s));
    if (badStatus)
      return usageError(ctx, this, `unknown status '${badStatus}' (${FULFILLMENT_STATUSES.join(', ')})`);
    const types = listFlag(values.type);
    const badType = types.find((t) => !(TRANSACTION_TYPES as readonly string[]).includes(t));
    if (badType) return usageError(ctx, this, `unknown type '${badType}' (${TRANSACTION_TYPES.join(', ')})`);
    const limit = intFlag('limit', values.limit, 1, Number.MAX_SAFE_INTEGER);
    if (typeof limit === 'string') return usageError(ctx, this, limit);
    const config = resolveApiConfig(values, ctx.env);
    if (typeof config === 'string') return usageError(ctx, this, config);

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
