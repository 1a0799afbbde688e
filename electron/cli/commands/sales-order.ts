// `station sales-order <id>`: one Equipme sales order straight from the API, its note as plain text.

import { plainText } from '../../../shared/domain/plain-text.ts';
import { createSalesClient } from '../../main/api/sales-client.ts';
import { noteText } from '../../main/note-text.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { resolveApiConfig } from '../config.ts';
import { count } from '../count.ts';
import { parseFlags } from '../flags.ts';
import { fieldLines, personName, printedHelp, salesProblemText } from '../sales-text.ts';

export const salesOrderCommand: Command = {
  ...COMMAND_HELP['sales-order'],
  async run(argv, ctx) {
    if (printedHelp(argv, ctx, this)) return EXIT.ok;
    const parsed = parseFlags(
      argv,
      { json: { type: 'boolean' }, 'api-url': { type: 'string' }, 'api-key': { type: 'string' } },
      true,
    );
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    if (positionals.length !== 1) return usageError(ctx, this, 'expected one sales order id');
    const id = /^\d{1,16}$/.test(positionals[0] ?? '') ? Number(positionals[0]) : Number.NaN;
    if (!Number.isSafeInteger(id) || id < 1) {
      return usageError(
        ctx,
        this,
        `the sales order id must be a positive whole number, got '${positionals[0]}'`,
      );
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
