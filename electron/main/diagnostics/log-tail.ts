// The last lines of the station's logs for the support zip, each file's part under a header that
// names it (logs/log-files.ts names and finds the files). Read as they are when the zip is made (the
// station may be writing to them); a file gone meanwhile is simply not there.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { logFilesNewestFirst, logsFolderOf } from '../logs/log-files.ts';

/** The older files looked at once the newest has fewer lines than asked (more than are kept today). */
const OLDER_FILES = 9;

export function logTail(dataDir: string, lines: number): string {
  const dir = logsFolderOf(dataDir);
  const taken: string[][] = [];
  let count = 0;
  let found = 0;
  for (const file of logFilesNewestFirst(dir, OLDER_FILES)) {
    if (count >= lines) break;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    found++;
    const fileLines = text.split('\n');
    if (fileLines.at(-1) === '') fileLines.pop();
    const part = fileLines.slice(Math.max(0, fileLines.length - (lines - count)));
    taken.unshift([`--- ${basename(file)} (last ${part.length} of ${fileLines.length} lines) ---`, ...part]);
    count += part.length;
  }
  if (found === 0) return `no log files in ${dir}\n`;
  return `${taken.flat().join('\n')}\n`;
}
