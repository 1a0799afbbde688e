#!/usr/bin/env node
// Entry of `npx station …` / `npm run station -- …`. Runs on Node >= 22.12, which strips the types.
import { runCli } from './run.ts';

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
