// People the customers employ: given and family names per country, diacritics included on purpose
// so labels, search and sorting meet them early.
import type { CountryCode } from './countries.ts';

export const GIVEN_NAMES: Readonly<Record<CountryCode, readonly string[]>> = {
  NL: [
    'Daan',
    'Sanne',
    'Lotte',
    'Bram',
    'Fleur',
    'Jeroen',
    'Marieke',
    'Thijs',
    'Anouk',
    'Joost',
    'Ilse',
    'Søren',
  ],
  DE: [
    'Jürgen',
    'Björn',
    'Özlem',
    'Lukas',
    'Anna-Lena',
    'Felix',
    'Jörg',
    'Katharina',
    'Maximilian',
    'Łukasz',
    'Hannah',
    'Ömer',
  ],
  BE: ['Wout', 'Elise', 'Jens', 'Marie', 'Pieter-Jan', 'Noor', 'Céline', 'Thibault', 'Lien', 'Arnaud'],
  GB: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Priya', 'Callum', 'Siobhán', 'Rhys', 'Aoife', 'Bjørn'],
  FR: ['Héloïse', 'Frédéric', 'Chloé', 'Théo', 'Amélie', 'Grégoire', 'Zoé', 'Jérôme', 'Inès', 'Noël'],
  US: ['James', 'Emily', 'Michael', 'Sofía', 'Daniel', 'Aaliyah', 'Ethan', 'Mei', 'Carlos', 'Hannah'],
};

export const FAMILY_NAMES: Readonly<Record<CountryCode, readonly string[]>> = {
  NL: [
    'de Vries',
    'van der Meer',
    'Jansen',
    'Bakker',
    'Visser',
    'Smit',
    'de Jong',
    'van den Berg',
    'Mulder',
    'van Dijk',
    'Ødegård',
  ],
  DE: [
    'Müller',
    'Weiß',
    'Schröder',
    'Groß',
    'Köhler',
    'Schäfer',
    'Becker',
    'Hoffmann',
    'Krüger',
    'Özdemir',
    'Wójcik',
    'Fuchs',
  ],
  BE: [
    'Janssens',
    'Peeters',
    'Maes',
    'Jacobs',
    'Willems',
    'Claes',
    'Goossens',
    'Dubois',
    'Lambert',
    'Vandenbroucke',
  ],
  GB: [
    'Smith',
    'Jones',
    'Taylor',
    'Brown',
    'Williams',
    'Patel',
    "O'Brien",
    'Wright',
    'Evans',
    'Fitzgerald-Hughes',
  ],
  FR: [
    'Lefèvre',
    'Dubois',
    'Moreau',
    'Girard',
    'Bonnet',
    'Rousseau',
    'Fournier',
    'Mercier',
    'Lemaître',
    'Łukasiewicz',
  ],
  US: [
    'Johnson',
    'Williams',
    'García',
    'Nguyen',
    'Martinez',
    'Kim',
    'Anderson',
    'Thompson',
    'Rodríguez',
    'Washington',
  ],
};

const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', æ: 'ae' };

/** 'Jürgen Weiß' → 'jurgen.weiss': mailbox names are plain ASCII. */
export function mailboxName(given: string, family: string): string {
  const ascii = `${given}.${family}`
    .replace(/[ßøØłŁæ]/g, (c) => FOLDED[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  return ascii.toLowerCase().replace(/[^a-z.-]/g, '');
}
