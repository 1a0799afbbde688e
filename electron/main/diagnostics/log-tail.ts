// The last lines of the station's logs: `<data>/logs/station.log` is the newest, `station.1.log`,
// `station.2.log`… the older ones. Read as they are when the zip is made (the station may be
// writing to them); a missing file is simply not there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The older files looked at once the newest has fewer lines than asked. */
const OLDER_FILES = 9;

export function logTail(dataDir: string, lines: number): string {
  const dir = join(dataDir, 'logs');
  const names = ['station.log', ...Array.from({ length: OLDER_FILES }, (_, i) => `station.${i + 1}.log`)];
  const taken: string[][] = [];
  let count = 0;
  let found = 0;
  for (const name of names) {
    if (count >= lines) break;
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue;
    }
    found++;
    const fileLines = text.split('\n');
    if (fileLines.at(-1) === '') fileLines.pop();
    const part = fileLines.slice(Math.max(0, fileLines.length - (lines - count)));
    taken.unshift([`--- ${name} (last ${part.length} of ${fileLines.length} lines) ---`, ...part]);
    count += part.length;
  }
  if (found === 0) return `no log files in ${dir}\n`;
  return `${taken.flat().join('\n')}\n`;
}
