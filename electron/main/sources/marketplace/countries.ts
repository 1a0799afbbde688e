// A marketplace address's `country`, as an ISO 3166-1 alpha-2 code: a code as sent, or a country's
// name in English, German, Dutch or French (the names Intl knows), or null when it is neither.
const NAME_LANGUAGES = ['en', 'de', 'nl', 'fr'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let codesByName: Map<string, string> | undefined;
const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

function isRegionCode(code: string): boolean {
  // Intl names only assigned regions: an unassigned pair ("XX") has no name.
  return /^[A-Z]{2}$/.test(code) && english.of(code) !== undefined;
}

function namesTable(): Map<string, string> {
  if (codesByName) return codesByName;
  const table = new Map<string, string>();
  for (const language of NAME_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const first of LETTERS) {
      for (const second of LETTERS) {
        const code = first + second;
        const name = names.of(code);
        if (name !== undefined && isRegionCode(code)) table.set(fold(name), code);
      }
    }
  }
  codesByName = table;
  return table;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

export function countryCode(asSent: string): string | null {
  const text = asSent.trim();
  if (isRegionCode(text.toUpperCase()) && text.length === 2) return text.toUpperCase();
  return namesTable().get(fold(text)) ?? null;
}
