// `station simulator`: the embedded Equipme simulator as a process. Other tools depend on this
// exact interface: one JSON line {"url","apiKey"} on stdout once it listens, then it runs until killed.
import { parseFaults, startSimulator } from '../../main/simulator/index.ts';
import { type Command, EXIT, usageError, writeLine } from '../command.ts';
import { COMMAND_HELP } from '../command-help.ts';
import { intFlag, parseFlags } from '../flags.ts';

export const simulatorCommand: Command = {
  ...COMMAND_HELP.simulator,
  async run(argv, ctx) {
    const parsed = parseFlags(argv, {
      port: { type: 'string' },
      seed: { type: 'string' },
      orders: { type: 'string' },
      'api-key': { type: 'string' },
      faults: { type: 'string' },
    });
    if (!parsed.ok) return usageError(ctx, this, parsed.message);
    const { values } = parsed.flags;
    const port = intFlag('port', values.port, 0, 65535);
    const seed = intFlag('seed', values.seed, 0, 2 ** 31 - 1);
    const orders = intFlag('orders', values.orders, 0, 200_000);
    for (const v of [port, seed, orders]) if (typeof v === 'string') return usageError(ctx, this, v);
    const faults = values.faults === undefined ? undefined : parseFaults(values.faults);
    if (faults && !faults.ok) return usageError(ctx, this, `--faults: ${faults.error}`);

    const simulator = await startSimulator({
      ...(typeof port === 'number' ? { port } : {}),
      ...(typeof seed === 'number' ? { seed } : {}),
      ...(typeof orders === 'number' ? { orders } : {}),
      ...(values['api-key'] ? { apiKey: values['api-key'] } : {}),
      ...(faults?.ok ? { faults: faults.value } : {}),
    });
    writeLine(ctx.stdout, JSON.stringify({ url: simulator.url, apiKey: simulator.apiKey }));
    await new Promise<void>((resolve) => {
      if (ctx.signal.aborted) resolve();
      ctx.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    await simulator.close();
    return EXIT.ok;
  },
};
