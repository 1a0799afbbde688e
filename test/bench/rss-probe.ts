// Loaded with `node --import` into a process the bench spawns (`station pull`): at exit it writes
// the process's peak RSS and the URLs it fetched to BENCH_PROBE_FILE, so the raw side can read the
// very same pages in a process of its own. It only watches: fetch is handed on unchanged.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_PROBE_FILE;
if (file) {
  const urls: string[] = [];
  const inner = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    urls.push(String(input instanceof Request ? input.url : input));
    return inner(input, init);
  };
  process.on('exit', () => {
    writeFileSync(file, JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, urls }));
  });
}
