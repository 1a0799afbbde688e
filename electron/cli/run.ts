import { type CliContext, type Command, EXIT, writeLine } from './command.ts';
import { browserCommand } from './commands/browser.ts';
import { diagnosticsCommand } from './commands/diagnostics.ts';
import { discardCommand } from './commands/discard.ts';
import { ordersCommand } from './commands/orders.ts';
import { outboxCommand } from './commands/outbox.ts';
import { printCommand } from './commands/print.ts';
import { printersCommand } from './commands/printers.ts';
import { pullCommand } from './commands/pull.ts';
import { retryCommand } from './commands/retry.ts';
import { simulatorCommand } from './commands/simulator.ts';
import { startCommand } from './commands/start.ts';
import { syncCommand } from './commands/sync.ts';
import { transitionCommand } from './commands/transition.ts';
import { failureText } from './failure-text.ts';

export const COMMANDS: readonly Command[] = [
  startCommand,
  browserCommand,
  simulatorCommand,
  ordersCommand,
  pullCommand,
  syncCommand,
  transitionCommand,
  outboxCommand,
  retryCommand,
  discardCommand,
  diagnosticsCommand,
  printCommand,
  printersCommand,
];

function help(ctx: CliContext): void {
  writeLine(ctx.stdout, 'station: the Packing Station command line (the same core the app uses)\n');
  for (const command of COMMANDS) writeLine(ctx.stdout, `  ${command.usage}\n      ${command.summary}`);
  writeLine(
    ctx.stdout,
    '\nConfig: --api-url/--api-key or STATION_API_URL, STATION_API_KEY; --db or STATION_DB;' +
      ' --operator or STATION_OPERATOR.',
  );
  writeLine(
    ctx.stdout,
    'Exit codes: 0 ok, 1 the operation failed, 2 wrong usage or configuration,' +
      ' 3 sync --until-empty stopped (timeout or interrupt) with changes still to send.',
  );
}

export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(ctx);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    writeLine(ctx.stderr, `station: unknown command '${name}'. Run 'station help' for the list.`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, ctx);
  } catch (error) {
    // The last net under every command: one line that says what to do, never a stack trace.
    writeLine(ctx.stderr, `station ${command.name}: ${failureText(error, ctx.env.STATION_DB)}`);
    return EXIT.failed;
  }
}
