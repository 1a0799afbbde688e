// The renderer's own house: app-wide state and services (renderer/app/) and UI primitives
// (renderer/ui/) sit below the features; a feature imports only from those, api/ and i18n/, never
// from a sibling feature. Only App.tsx and screens.tsx put features together.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const RENDERER = resolve(import.meta.dirname, '../../renderer');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** [importing file, imported file], both relative to renderer/. */
function imports(): [string, string][] {
  return sources(RENDERER).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
      (match): [string, string] => [
        relative(RENDERER, file),
        relative(RENDERER, resolve(dirname(file), match[1] ?? '')),
      ],
    );
  });
}

const featureOf = (path: string) => /^features\/([^/]+)\//.exec(path)?.[1];

test('a feature never imports a sibling feature', () => {
  const crossing = imports().filter(([from, to]) => {
    const a = featureOf(from);
    const b = featureOf(to);
    return a !== undefined && b !== undefined && a !== b;
  });
  expect(crossing).toEqual([]);
});

test('app/ and ui/ never import a feature', () => {
  const upward = imports().filter(
    ([from, to]) => /^(app|ui|api|i18n)\//.test(from) && featureOf(to) !== undefined,
  );
  expect(upward).toEqual([]);
});
