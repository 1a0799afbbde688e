// `station sales-order <id>`: one Equipme sales order straight from the API, its note as plain text.
// `equipme:N` is N; `emporix:ID` is an Emporix tenant sales order, read fresh from Emporix
// (emporix-sales-order.ts); the marketplace has no sales orders, and the command says so.

import { plainText } from '../../../shared/domain/plain-text.ts';
import { createSalesClient } from '../../main/api/sales-client.ts';
import { noteText } from '../../main/note-text.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { resolveApiConfig } from '../config.ts';
import { count } from '../count.ts';
import { parseFlags } from '../flags.ts';
import { fieldLines, personName, printedHelp, salesProblemText } from '../sales-text.ts';
import { emporixSalesOrderLines } from '../shop-sales-text.ts';
import { resolveShopTarget } from '../shop-target.ts';
import { sourceAndId } from '../source-id.ts';

export const salesOrderCommand: Command = {
  ...COMMAND_HELP['sales-order'],
  async run(argv, ctx) {
    if (printedHelp(argv, ctx, this)) return EXIT.ok;
    const parsed = parseFlags(
      argv,
      {
        json: { type: 'boolean' },
        'api-url': { type: 'string' },
        'api-key': { type: 'string' },
        url: { type: 'string' },
        account: { type: 'string' },
        secret: { type: 'string' },
      },
      true,
    );
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    if (positionals.length !== 1) return usageError(ctx, this, 'expected one sales order id');
    const named = sourceAndId(positionals[0] ?? '', 'sales order');
    if (typeof named === 'string') return usageError(ctx, this, named);
    if (named.source === 'marketplace') {
      writeLine(
        ctx.stderr,
        'station sales-order: the marketplace has no sales orders: its API lists orders only; pull them with `station pull --source marketplace` and open the order at the station (`station print marketplace:ID` takes it too).',
      );
      return EXIT.usage;
    }
    if (named.source === 'emporix') {
      const target = resolveShopTarget('emporix', values, ctx.env);
      if (typeof target === 'string') return usageError(ctx, this, target);
      // The shop's client loads only for a shop's sales order.
      const { emporixSalesOrder } = await import('../emporix-sales-order.ts');
      const order = await emporixSalesOrder(named.id, target, ctx.signal);
      if (!order.ok) {
        writeLine(ctx.stderr, `station sales-order: ${order.error}`);
        return EXIT.failed;
      }
      writeLine(ctx.stdout, values.json ? JSON.stringify(order.value) : emporixSalesOrderLines(order.value));
      return EXIT.ok;
    }
    if (values.url !== undefined || values.account !== undefined || values.secret !== undefined) {
      return usageError(
        ctx,
        this,
        '--url, --account and --secret are for an Emporix sales order (emporix:ID); Equipme takes --api-url and --api-key.',
      );
    }
    const id = /^\d{1,16}$/.test(named.id) ? Number(named.id) : Number.NaN;
    if (!Number.isSafeInteger(id) || id < 1) {
      return usageError(ctx, this, `the sales order id must be a positive whole number, got '${named.id}'`);
    }
    const config = resolveApiConfig(values, ctx.env);
    if (typeof config === 'string') return usageError(ctx, this, config);

    const answer = await createSalesClient(config).getSalesOrder(id, { signal: ctx.signal });
    if (!answer.ok) {
      writeLine(ctx.stderr, `station sales-order: ${salesProblemText(answer.error, config)}`);
      return EXIT.failed;
    }
    const order = answer.value;
    // --json passes the note as Equipme sent it (HTML): whoever reads the JSON sanitizes where it shows it.
    if (values.json) {
      writeLine(ctx.stdout, JSON.stringify(order));
      return EXIT.ok;
    }
    const { customer, orderedBy } = order;
    const buyer = personName(orderedBy);
    writeLine(
      ctx.stdout,
      fieldLines([
        ['Sales order', `${order.orderNumber} (${order.id})`],
        ['Status', order.status],
        ['Created', order.created],
        [
          'Customer',
          `${customer.name} (${customer.id}${customer.customerNumber ? `, ${customer.customerNumber}` : ''})`,
        ],
        ['Customer order', order.customerOrderNumber],
        ['Ordered by', [buyer, orderedBy.email ? `<${orderedBy.email}>` : ''].filter(Boolean).join(' ')],
        ['Fulfillment orders', count(order.items.total, 'order')],
      ]),
    );
    const note = order.note ? plainText(noteText(order.note)) : '';
    if (note) writeLine(ctx.stdout, `Note:\n${note.replace(/^/gm, '  ')}`);
    return EXIT.ok;
  },
};
