// Loaded with `node --import` before the station CLI: records every module URL the ESM loader loads
// and whether Node's TypeScript stripper (amaro) was loaded, and writes both as JSON at exit to the
// file in RECORD_LOADS_TO. Plain JavaScript, so the recorder itself strips no types.
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const urls = [];
registerHooks({
  load(url, context, nextLoad) {
    urls.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => {
  const typeStripped = process.moduleLoadList.some((name) => name.includes('internal/deps/amaro'));
  writeFileSync(process.env.RECORD_LOADS_TO ?? '', JSON.stringify({ urls, typeStripped }));
});
