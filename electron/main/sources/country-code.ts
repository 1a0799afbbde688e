// A shop's country (Emporix, the marketplace) is sometimes a code ("CN") and sometimes a name
// ("Germany", "Deutschland"): both become ISO 3166-1 alpha-2 through i18n-iso-countries (codes, alpha-3, and names with their
// common aliases in English, German, Dutch and French: "USA", "Great Britain", "Niederlande").
// Only those four name lists are loaded, not the package's hundred: the station reads no others.
import { createRequire } from 'node:module';
import type { LocaleData } from 'i18n-iso-countries';

type Countries = typeof import('i18n-iso-countries');

const require = createRequire(import.meta.url);
const NAME_LANGUAGES = ['en', 'de', 'nl', 'fr'] as const;

let byName: Map<string, string> | undefined;
let countries: Countries | undefined;

/** "Côte d’Ivoire", "cote d'ivoire" and "COTE D IVOIRE" read alike. */
function folded(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function library(): { countries: Countries; byName: Map<string, string> } {
  if (countries && byName) return { countries, byName };
  countries = require('i18n-iso-countries/index.js') as Countries;
  byName = new Map();
  for (const language of NAME_LANGUAGES) {
    const data = require(`i18n-iso-countries/langs/${language}.json`) as LocaleData;
    countries.registerLocale(data);
    for (const [code, names] of Object.entries(data.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) {
        const key = folded(name);
        if (!byName.has(key)) byName.set(key, code);
      }
    }
  }
  return { countries, byName };
}

/** The ISO 3166-1 alpha-2 code for what a shop sent, or null when it names no country we know. */
export function countryCode(asSent: string): string | null {
  const text = asSent.trim();
  if (text === '' || text.length > 100) return null;
  const { countries: iso, byName: names } = library();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase();
    // "UK" is no ISO code: it falls through to the names, where it is Great Britain's alias.
    if (iso.isValid(code)) return code;
  }
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = iso.alpha3ToAlpha2(text.toUpperCase());
    if (code) return code;
  }
  return names.get(folded(text)) ?? null;
}
