import { type CliContext, type Command, EXIT, writeLine } from './command.ts';
import { ordersCommand } from './commands/orders.ts';
import { simulatorCommand } from './commands/simulator.ts';
import { startCommand } from './commands/start.ts';

export const COMMANDS: readonly Command[] = [startCommand, simulatorCommand, ordersCommand];

function help(ctx: CliContext): void {
  writeLine(ctx.stdout, 'station: the Packing Station command line (the same core the app uses)\n');
  for (const command of COMMANDS) writeLine(ctx.stdout, `  ${command.usage.padEnd(72)} ${command.summary}`);
  writeLine(
    ctx.stdout,
    '\nConfig: --api-url/--api-key or STATION_API_URL, STATION_API_KEY; database STATION_DB.',
  );
  writeLine(ctx.stdout, 'Exit codes: 0 ok, 1 the operation failed, 2 wrong usage or configuration.');
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
  return command.run(rest, ctx);
}
