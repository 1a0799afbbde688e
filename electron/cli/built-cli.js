// Whether the built CLI (out/cli/, `npm run build:cli`) may run: it is there and no source file it
// was built from (listed in out/cli/sources.json) has changed since its build started. A source
// missing from the checkout (a packaged app ships none) does not make it stale: a changed import of it
// would. Plain JavaScript: it runs before anything could strip types.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The built entry's path when it is current, else undefined. */
export function currentBuiltCli(root) {
  const entry = join(root, 'out', 'cli', 'station.js');
  let list;
  try {
    list = JSON.parse(readFileSync(join(root, 'out', 'cli', 'sources.json'), 'utf8'));
    if (!statSync(entry).isFile()) return undefined;
  } catch {
    return undefined;
  }
  if (typeof list?.startedAt !== 'number' || !Array.isArray(list.sources)) return undefined;
  // Plain string paths: a URL or a path.join per file gets the loop compiled and costs a start
  // several MiB more than everything else here (measured).
  const current = list.sources.every((source) => {
    if (typeof source !== 'string') return false;
    const stat = statSync(`${root}/${source}`, { throwIfNoEntry: false });
    return stat === undefined || stat.mtimeMs <= list.startedAt;
  });
  return current ? entry : undefined;
}
