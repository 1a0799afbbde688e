import { type CliContext, type Command, EXIT, writeLine } from './command.ts';
import { COMMAND_HELP, type CommandName } from './command-help.ts';

/** One lazy import per command: `station help` or `station outbox` never loads the printing stack. */
const LOADERS: Record<CommandName, () => Promise<Command>> = {
  start: async () => (await import('./commands/start.ts')).startCommand,
  browser: async () => (await import('./commands/browser.ts')).browserCommand,
  simulator: async () => (await import('./commands/simulator.ts')).simulatorCommand,
  orders: async () => (await import('./commands/orders.ts')).ordersCommand,
  'sales-order': async () => (await import('./commands/sales-order.ts')).salesOrderCommand,
  customer: async () => (await import('./commands/customer.ts')).customerCommand,
  pull: async () => (await import('./commands/pull.ts')).pullCommand,
  sync: async () => (await import('./commands/sync.ts')).syncCommand,
  transition: async () => (await import('./commands/transition.ts')).transitionCommand,
  outbox: async () => (await import('./commands/outbox.ts')).outboxCommand,
  retry: async () => (await import('./commands/retry.ts')).retryCommand,
  discard: async () => (await import('./commands/discard.ts')).discardCommand,
  diagnostics: async () => (await import('./commands/diagnostics.ts')).diagnosticsCommand,
  backup: async () => (await import('./commands/backup.ts')).backupCommand,
  restore: async () => (await import('./commands/restore.ts')).restoreCommand,
  print: async () => (await import('./commands/print.ts')).printCommand,
  printers: async () => (await import('./commands/printers.ts')).printersCommand,
  logs: async () => (await import('./commands/logs.ts')).logsCommand,
  sources: async () => (await import('./commands/sources.ts')).sourcesCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
};

const isCommandName = (name: string): name is CommandName => Object.hasOwn(COMMAND_HELP, name);

function help(ctx: CliContext): void {
  writeLine(ctx.stdout, 'station: the Packing Station command line (the same core the app uses)\n');
  for (const command of Object.values(COMMAND_HELP)) {
    writeLine(ctx.stdout, `  ${command.usage}\n      ${command.summary}`);
  }
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
  if (!isCommandName(name)) {
    writeLine(ctx.stderr, `station: unknown command '${name}'. Run 'station help' for the list.`);
    return EXIT.usage;
  }
  try {
    const command = await LOADERS[name]();
    return await command.run(rest, ctx);
  } catch (error) {
    // The last net under every command: one line that says what to do, never a stack trace. Loaded
    // here, as it knows the database's failures and so loads the database module.
    const { failureText } = await import('./failure-text.ts');
    writeLine(ctx.stderr, `station ${name}: ${failureText(error, ctx.env.STATION_DB)}`);
    return EXIT.failed;
  }
}
