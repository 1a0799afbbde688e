// `npm run bench`: performance figures as JSON on stdout and in test-results/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { labelBench } from './label-bench.ts';
import { storeBench } from './store-bench.ts';
import { uiBench } from './ui-bench.ts';

const figures = {
  node: process.version,
  at: new Date().toISOString(),
  ...(await storeBench()),
  ui: await uiBench({ quick: process.argv.includes('--quick') }),
  ...(await labelBench()),
};
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', `${JSON.stringify(figures, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
