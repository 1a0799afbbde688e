// Every namespace file under renderer/i18n/locales must exist in every language with the same keys
// and the same {{placeholders}}, so no operator ever sees a raw key or a missing count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../renderer/i18n/index.ts';

const LOCALES_DIR = join(import.meta.dirname, '../../../renderer/i18n/locales');

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${prefix}: only nested objects of strings are allowed`);
  }
  for (const [key, child] of Object.entries(value)) {
    for (const [path, text] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, text);
  }
  return out;
}

function readNamespace(locale: string, file: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(join(LOCALES_DIR, locale, file), 'utf8')));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const namespaceFiles = [...new Set(LOCALES.flatMap((locale) => readdirSync(join(LOCALES_DIR, locale))))];

describe('locales', () => {
  it('has a folder per language and the shell namespaces', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
    expect(namespaceFiles).toEqual(
      expect.arrayContaining(['common.json', 'queue.json', 'sync.json', 'settings.json']),
    );
  });

  describe.each(namespaceFiles)('%s', (file) => {
    it('exists in every language with identical keys and placeholders', () => {
      const english = readNamespace('en', file);
      for (const locale of LOCALES) {
        const translated = readNamespace(locale, file);
        expect([...translated.keys()].sort(), `${locale}/${file}`).toEqual([...english.keys()].sort());
        for (const [key, text] of translated) {
          expect(text.trim(), `${locale}/${file} ${key} is empty`).not.toBe('');
          expect(placeholders(text), `${locale}/${file} ${key}`).toEqual(
            placeholders(english.get(key) ?? ''),
          );
        }
      }
    });
  });
});
