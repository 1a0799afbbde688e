#!/usr/bin/env node
// Entry of `npx station …` / `npm run station -- …`. Runs on Node >= 22.12, which strips the types.
import { EXIT } from './command.ts';
import { runCli } from './run.ts';

// What escapes a command (an error in a timer after the command returned, say) still ends in one
// line the operator can act on, never a stack trace.
const crash = async (error: unknown): Promise<void> => {
  const { failureText } = await import('./failure-text.ts');
  process.stderr.write(`station: ${failureText(error, process.env.STATION_DB)}\n`);
  process.exit(EXIT.failed);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

const controller = new AbortController();
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => controller.abort());
}

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
process.exitCode = code;
