// A pull streams: across pages it keeps the ids it has seen, never the orders. Measured in a child
// process with a full collection before each page request: the live heap stays within a few pages
// of orders however many pages the pull reads (keeping the orders would add one page per page).
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

const PAGE = 100;

function runChild(): Promise<{ heapAtRequest: number[]; pageHeap: number; orders: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', 'test/main/sync/pull-memory-child.ts', String(PAGE), '4000'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`exit ${code}`)),
    );
  });
}

it('holds the heap of a few pages, not of every page read', async () => {
  const { heapAtRequest, pageHeap, orders } = await runChild();
  expect(orders).toBe(PAGE);
  expect(heapAtRequest.length).toBeGreaterThan(25);
  // The first pages warm up the code (zod, statements); from then on only the seen ids grow. Keeping
  // the orders would grow the heap by about one page per page: some 30 pages here.
  const settled = heapAtRequest.slice(5);
  const first = settled[0] as number;
  const growth = Math.max(...settled) - first;
  expect(growth, `grew ${growth} bytes over ${settled.length} pages of ${pageHeap} bytes`).toBeLessThan(
    5 * pageHeap,
  );
}, 120_000);
