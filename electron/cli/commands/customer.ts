// `station customer <id> [--metadata]`: one Equipme customer straight from the API, and with
// --metadata the keys the tenant keeps on it (packing instructions among them). `equipme:N` is N; the
// shops' documents have no customer read (their orders carry the buyer), and the command says so.
import type { CustomerMetadataItem } from '../../../shared/api/equipme-sales.ts';
import type { ShopSourceName } from '../../../shared/domain/order-sources.ts';
import { createSalesClient } from '../../main/api/sales-client.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { resolveApiConfig } from '../config.ts';
import { parseFlags } from '../flags.ts';
import { fieldLines, printedHelp, salesProblemText } from '../sales-text.ts';
import { sourceAndId } from '../source-id.ts';

const INT32_MAX = 2_147_483_647;

// What each shop offers instead of a customer read (docs/sources.md).
const SHOP_INSTEAD: Record<ShopSourceName, string> = {
  marketplace:
    'the marketplace has no customer read: its API lists orders only, each with its buyer; pull them with `station pull --source marketplace` and see the buyer on the order.',
  emporix:
    'Emporix has no customer read the station uses: each Emporix sales order carries its customer; see it with `station sales-order emporix:ORDER_ID`.',
};

export const customerCommand: Command = {
  ...COMMAND_HELP.customer,
  async run(argv, ctx) {
    if (printedHelp(argv, ctx, this)) return EXIT.ok;
    const parsed = parseFlags(
      argv,
      {
        metadata: { type: 'boolean' },
        json: { type: 'boolean' },
        'api-url': { type: 'string' },
        'api-key': { type: 'string' },
      },
      true,
    );
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    if (positionals.length !== 1) return usageError(ctx, this, 'expected one customer id');
    const named = sourceAndId(positionals[0] ?? '', 'customer');
    if (typeof named === 'string') return usageError(ctx, this, named);
    if (named.source !== 'equipme') {
      writeLine(ctx.stderr, `station customer: ${SHOP_INSTEAD[named.source]}`);
      return EXIT.usage;
    }
    const id = /^\d{1,10}$/.test(named.id) ? Number(named.id) : Number.NaN;
    if (!(id >= 1 && id <= INT32_MAX)) {
      return usageError(
        ctx,
        this,
        `the customer id must be a whole number from 1 to ${INT32_MAX}, got '${named.id}'`,
      );
    }
    const config = resolveApiConfig(values, ctx.env);
    if (typeof config === 'string') return usageError(ctx, this, config);

    const client = createSalesClient(config);
    const customer = await client.getCustomer(id, { signal: ctx.signal });
    if (!customer.ok) {
      writeLine(ctx.stderr, `station customer: ${salesProblemText(customer.error, config)}`);
      return EXIT.failed;
    }
    let metadata: CustomerMetadataItem[] | undefined;
    if (values.metadata) {
      const items = await client.getCustomerMetadata(id, { signal: ctx.signal });
      if (!items.ok) {
        writeLine(ctx.stderr, `station customer: ${salesProblemText(items.error, config)}`);
        return EXIT.failed;
      }
      metadata = items.value;
    }
    if (values.json) {
      writeLine(
        ctx.stdout,
        JSON.stringify(metadata ? { customer: customer.value, metadata } : customer.value),
      );
      return EXIT.ok;
    }
    const c = customer.value;
    writeLine(
      ctx.stdout,
      fieldLines([
        ['Customer', `${c.name} (${c.id}${c.customerNumber ? `, ${c.customerNumber}` : ''})`],
        ['Active', c.active === undefined ? null : c.active ? 'yes' : 'no: may not place orders'],
        ['Language', c.language],
        ['Contact', c.contactName],
        ['Contact phone', c.contactPhone],
        ['Contact e-mail', c.contactEmail],
      ]),
    );
    if (metadata) {
      writeLine(ctx.stdout, metadata.length === 0 ? 'Metadata: none' : 'Metadata:');
      for (const item of metadata) {
        writeLine(
          ctx.stdout,
          `  ${item.key} = ${item.value ?? '(no value)'}${item.scope ? ` [${item.scope}]` : ''}`,
        );
      }
    }
    return EXIT.ok;
  },
};
