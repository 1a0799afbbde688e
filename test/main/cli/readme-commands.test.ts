// The README's command table is the newcomer's map of the CLI: it lists every command `station help`
// lists, and no command the CLI does not have.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { station } from '../../fixtures/cli.ts';
import { APP_ROOT } from './browser-mode.ts';

/** Command names in the first column of the README's table under "The `station` command line". */
function readmeCommands(): string[] {
  const readme = readFileSync(`${APP_ROOT}README.md`, 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('The `station` command line'));
  expect(section, 'README section "The `station` command line"').toBeDefined();
  return [...(section ?? '').matchAll(/^\|\s*`station (\S+)[^|]*\|/gm)].map((match) => match[1] ?? '');
}

it('the README lists every command station help lists, in the same order', async () => {
  const help = await station(['help']);
  expect(help.code).toBe(0);
  const listed = [...help.stdout.matchAll(/^ {2}station (\S+)/gm)].map((match) => match[1]);
  expect(listed.length).toBeGreaterThan(10);
  expect(readmeCommands()).toEqual(listed);
});
