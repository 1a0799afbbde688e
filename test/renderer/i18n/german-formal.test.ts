// German addresses the operator with the formal "Sie" throughout: no "du"/"dein", and no sentence
// opens with a du-imperative ("Scanne …", "Prüfe …") where "Scannen Sie …" belongs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const GERMAN = join(import.meta.dirname, '../../../renderer/i18n/locales/de');

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    strings(child, `${path}.${key}`),
  );
}

const texts = readdirSync(GERMAN).flatMap((file) =>
  strings(JSON.parse(readFileSync(join(GERMAN, file), 'utf8')), file.replace(/\.json$/, '')),
);

/** The informal pronouns, in every case. */
const INFORMAL_PRONOUN =
  /(?<![\p{L}])(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure)(?![\p{L}])/iu;

/** du-imperatives of the verbs a station UI uses; "Prüfen Sie" is fine, "Prüfe" is not. */
const DU_IMPERATIVES = [
  'Achte',
  'Benutze',
  'Bestätige',
  'Drücke',
  'Entferne',
  'Ergänze',
  'Frag',
  'Frage',
  'Füge',
  'Geh',
  'Gehe',
  'Gib',
  'Halte',
  'Kalibriere',
  'Kläre',
  'Klicke',
  'Lade',
  'Lass',
  'Lasse',
  'Leg',
  'Lege',
  'Lies',
  'Mach',
  'Mache',
  'Melde',
  'Nimm',
  'Nutze',
  'Öffne',
  'Prüfe',
  'Scanne',
  'Schließe',
  'Schreib',
  'Schreibe',
  'Sende',
  'Setze',
  'Sieh',
  'Speichere',
  'Starte',
  'Stell',
  'Stelle',
  'Tippe',
  'Trage',
  'Verwende',
  'Versuche',
  'Vergiss',
  'Warte',
  'Wähle',
  'Wechsle',
  'Zähle',
];
/** At the start of the text or of a sentence or clause: after ". ", ": ", "; ", "— " or "(". */
const DU_IMPERATIVE = new RegExp(`(?:^|[.:;!?—(]\\s*)(${DU_IMPERATIVES.join('|')})(?![\\p{L}])`, 'u');

describe('German texts', () => {
  it('are read from every namespace file', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it('never use "du" or "dein"', () => {
    expect(texts.filter(([, text]) => INFORMAL_PRONOUN.test(text))).toEqual([]);
  });

  it('never give a du-imperative: "Scannen Sie", not "Scanne"', () => {
    expect(texts.filter(([, text]) => DU_IMPERATIVE.test(text))).toEqual([]);
  });

  it('the patterns catch what they are for', () => {
    expect(DU_IMPERATIVE.test('Scanne jeden Artikel.')).toBe(true);
    expect(DU_IMPERATIVE.test('Kein Ort: Kläre die Adresse.')).toBe(true);
    expect(DU_IMPERATIVE.test('Scannen Sie jeden Artikel.')).toBe(false);
    expect(DU_IMPERATIVE.test('Prüfen Sie, ob er herausgekommen ist.')).toBe(false);
    expect(INFORMAL_PRONOUN.test('Ist das dein Karton?')).toBe(true);
    expect(INFORMAL_PRONOUN.test('Dieser Auftrag hat keine Lieferadresse.')).toBe(false);
  });
});
