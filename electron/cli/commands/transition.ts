// `station transition`: queue a status change in the outbox, as the app does. No network: the sync
// engine (`station sync`) sends it later. The command is one explicit step, so the app's press rules
// do not apply: the step is checked against the order's status as the database holds it now (there
// is no screen that could be behind), and naming dispatchDelivery, confirmDelivery, rejectDelivery or
// cancel on the command line is the confirmation the app asks for in a dialog.
import { FULFILLMENT_ACTIONS, type FulfillmentAction } from '../../../shared/api/equipme.ts';
import { getStationId } from '../../main/db/index.ts';
import { enqueueTransition } from '../../main/outbox/index.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { NO_OPERATOR, resolveOperator } from '../config.ts';
import { parseFlags } from '../flags.ts';
import { orderKeyOf } from '../order-key.ts';
import { orderRefArg } from '../order-ref.ts';
import { entryLine } from '../outbox-text.ts';
import { withStationDb } from '../station-db.ts';

const isAction = (text: string): text is FulfillmentAction =>
  (FULFILLMENT_ACTIONS as readonly string[]).includes(text);

export const transitionCommand: Command = {
  ...COMMAND_HELP.transition,
  async run(argv, ctx) {
    const parsed = parseFlags(
      argv,
      {
        'activation-date': { type: 'string' },
        operator: { type: 'string' },
        json: { type: 'boolean' },
        db: { type: 'string' },
      },
      true,
    );
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values, positionals } = parsed.flags;
    if (positionals.length !== 2) return usageError(ctx, this, 'expected an order id and an action');
    const [idText = '', action = ''] = positionals;
    const ref = orderRefArg(idText);
    if (typeof ref === 'string') return usageError(ctx, this, ref);
    if (!isAction(action)) {
      return usageError(ctx, this, `unknown action '${action}' (${FULFILLMENT_ACTIONS.join(', ')})`);
    }
    const operator = resolveOperator(values.operator, ctx.env);
    if (!operator) return usageError(ctx, this, NO_OPERATOR);

    return withStationDb(this, ctx, values.db, (db) => {
      const orderId = orderKeyOf(db, ref);
      if (typeof orderId === 'string') {
        writeLine(ctx.stderr, `station transition: ${orderId}`);
        return EXIT.failed;
      }
      // A shop order is refused here in words (the outbox holds Equipme's orders only).
      const queued = enqueueTransition(db, {
        orderId,
        action,
        activationDate: values['activation-date'] ?? null,
        operator,
        stationId: getStationId(db),
        now: new Date(),
      });
      if (!queued.ok) {
        writeLine(ctx.stderr, `station transition: ${queued.error.message}`);
        return EXIT.failed;
      }
      writeLine(ctx.stdout, values.json ? JSON.stringify(queued.value) : entryLine('queued', queued.value));
      return EXIT.ok;
    });
  },
};
