/// <reference types="vite/client" />
// i18next for the station UI. Texts live in locales/<language>/<namespace>.json and are bundled at
// build time (no network); a namespace file dropped into the folder is picked up without edits here.
import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/ipc/settings.ts';

export const LOCALES: readonly Locale[] = ['en', 'nl', 'de'];
export const FALLBACK_LOCALE: Locale = 'en';

const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

/** `{ en: { common: {...}, queue: {...} }, nl: … }` from the files above. */
export const resources: Resource = {};
for (const [path, content] of Object.entries(files)) {
  const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
  if (!match) continue;
  const [, language, namespace] = match as unknown as [string, string, string];
  resources[language] = { ...resources[language], [namespace]: content };
}

export const i18n = i18next.createInstance();

/** Starts i18n in the given language (synchronously: resources are in memory), or switches to it. */
export function initI18n(locale: Locale = FALLBACK_LOCALE): typeof i18n {
  if (i18n.isInitialized) {
    void i18n.changeLanguage(locale);
    return i18n;
  }
  void i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: FALLBACK_LOCALE,
    supportedLngs: [...LOCALES],
    ns: Object.keys(resources[FALLBACK_LOCALE] ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    initAsync: false,
  });
  return i18n;
}
