// Country-specific address material: cities with valid postal-code ranges, streets, house-number
// styles and phone formats for every country the warehouse ships to.
import type { Prng } from './prng.ts';

export type CountryCode = 'NL' | 'DE' | 'BE' | 'GB' | 'FR' | 'US';

export interface City {
  name: string;
  postalCode(prng: Prng): string;
  /** Trunk-less area code for landlines, e.g. '20' for Amsterdam. */
  area: string;
  regionCode?: string;
  regionName?: string;
  /** GB only: localities that tell apart streets of the same name in one post town. */
  localities?: readonly string[];
}

export interface Country {
  code: CountryCode;
  cities: readonly City[];
  streets: readonly string[];
  houseNumber(prng: Prng): string;
  landline(prng: Prng, area: string): string;
  mobile(prng: Prng): string;
  poBox(prng: Prng): string;
}

const digits = (prng: Prng, count: number): string => {
  let out = '';
  for (let i = 0; i < count; i++) out += String(prng.int(0, 9));
  return out;
};
/** A subscriber number group: never starts with 0, which would read as a trunk prefix. */
const subscriber = (prng: Prng, count: number): string => String(prng.int(1, 9)) + digits(prng, count - 1);
const between = (prng: Prng, low: number, high: number, width: number): string =>
  String(prng.int(low, high)).padStart(width, '0');
/** Picks a weighted style, then builds only that one. */
const oneOf = (prng: Prng, styles: readonly (readonly [() => string, number])[]): string =>
  prng.weighted(styles)();
const letter = (prng: Prng, alphabet: string): string => alphabet.charAt(prng.int(0, alphabet.length - 1));

const nl = (name: string, low: number, high: number, area: string): City => ({
  name,
  area,
  // Dutch letter pairs never use F, I, O, Q, U, Y; a leading S is skipped to avoid SA/SD/SS.
  postalCode: (p) =>
    `${p.int(low, high)} ${letter(p, 'ABCEGHJKLMNPRTVWXZ')}${letter(p, 'ABCEGHJKLMNPRSTVWXZ')}`,
});
const de = (name: string, low: number, high: number, area: string, regionCode: string): City => ({
  name,
  area,
  regionCode,
  postalCode: (p) => between(p, low, high, 5),
});
const be = (name: string, low: number, high: number, area: string): City => ({
  name,
  area,
  postalCode: (p) => String(p.int(low, high)),
});
const gb = (
  name: string,
  outward: readonly string[],
  area: string,
  regionName: string,
  localities: readonly string[],
): City => ({
  name,
  area,
  regionName,
  localities,
  postalCode: (p) =>
    `${p.pick(outward)} ${p.int(0, 9)}${letter(p, 'ABDEFGHJLNPQRSTUWXYZ')}${letter(p, 'ABDEFGHJLNPQRSTUWXYZ')}`,
});
const fr = (name: string, codes: readonly string[], area: string): City => ({
  name,
  area,
  postalCode: (p) => p.pick(codes),
});
const us = (
  name: string,
  low: number,
  high: number,
  area: string,
  state: string,
  stateName: string,
): City => ({
  name,
  area,
  regionCode: `US-${state}`,
  regionName: stateName,
  postalCode: (p) => `${between(p, low, high, 5)}${p.chance(0.3) ? `-${digits(p, 4)}` : ''}`,
});

export const COUNTRIES: Readonly<Record<CountryCode, Country>> = {
  NL: {
    code: 'NL',
    cities: [
      nl('Amsterdam', 1011, 1109, '20'),
      nl('Rotterdam', 3011, 3089, '10'),
      nl('Utrecht', 3511, 3585, '30'),
      nl("'s-Gravenhage", 2511, 2597, '70'),
      nl('Eindhoven', 5611, 5658, '40'),
      nl('Groningen', 9711, 9747, '50'),
    ],
    streets: ['Keizersgracht', 'Herengracht', 'Damrak', 'Stationsplein', 'Coolsingel', 'Oudegracht'],
    houseNumber: (p) =>
      oneOf(p, [
        [() => String(p.int(1, 420)), 6],
        [() => `${p.int(1, 99)}${letter(p, 'ABCH')}`, 2],
        [() => `${p.int(1, 250)}-${p.int(1, 3)}`, 1],
      ]),
    landline: (p, area) => `+31 ${area} ${subscriber(p, 3)} ${digits(p, 4)}`,
    mobile: (p) => `+31 6 ${subscriber(p, 4)} ${digits(p, 4)}`,
    poBox: (p) => `Postbus ${p.int(100, 99999)}`,
  },
  DE: {
    code: 'DE',
    cities: [
      de('Köln', 50667, 51149, '221', 'DE-NW'),
      de('München', 80331, 81929, '89', 'DE-BY'),
      de('Berlin', 10115, 14199, '30', 'DE-BE'),
      de('Hamburg', 20095, 22769, '40', 'DE-HH'),
      de('Frankfurt am Main', 60306, 60599, '69', 'DE-HE'),
      de('Düsseldorf', 40210, 40629, '211', 'DE-NW'),
      de('Stuttgart', 70173, 70629, '711', 'DE-BW'),
    ],
    streets: [
      'Hauptstraße',
      'Schildergasse',
      'Königsallee',
      'Maximilianstraße',
      'Mönckebergstraße',
      'Große Bleichen',
      'Äußere Sulzbacher Straße',
      'Theodor-Heuss-Ring',
      'Schloßstraße',
      'Am Weißenhof',
    ],
    houseNumber: (p) =>
      oneOf(p, [
        [() => String(p.int(1, 180)), 6],
        [() => `${p.int(1, 99)}${letter(p, 'abc')}`, 2],
        [() => `${p.int(1, 60)}-${p.int(61, 70)}`, 1],
      ]),
    landline: (p, area) => `+49 ${area} ${subscriber(p, 7)}`,
    mobile: (p) => `+49 ${p.pick(['151', '160', '170', '176'])} ${digits(p, 8)}`,
    poBox: (p) => `Postfach ${p.int(10, 99)} ${digits(p, 2)} ${digits(p, 2)}`,
  },
  BE: {
    code: 'BE',
    cities: [
      be('Bruxelles', 1000, 1210, '2'),
      be('Antwerpen', 2000, 2660, '3'),
      be('Gent', 9000, 9052, '9'),
      be('Leuven', 3000, 3012, '16'),
      be('Liège', 4000, 4032, '4'),
      be('Brugge', 8000, 8380, '50'),
    ],
    streets: [
      'Rue de la Loi',
      'Meir',
      'Veldstraat',
      'Bondgenotenlaan',
      "Boulevard d'Avroy",
      "Chaussée d'Ixelles",
      'Avenue Louise',
      'Steenstraat',
    ],
    houseNumber: (p) =>
      oneOf(p, [
        [() => String(p.int(1, 250)), 6],
        [() => `${p.int(1, 120)} bus ${p.int(1, 12)}`, 2],
        [() => `${p.int(1, 80)}/${p.int(1, 9)}`, 1],
      ]),
    landline: (p, area) => `+32 ${area} ${subscriber(p, 3)} ${digits(p, 2)} ${digits(p, 2)}`,
    mobile: (p) => `+32 47${p.int(0, 9)} ${digits(p, 2)} ${digits(p, 2)} ${digits(p, 2)}`,
    poBox: (p) => `Postbus ${p.int(1, 999)}`,
  },
  GB: {
    code: 'GB',
    cities: [
      gb('London', ['SW1A', 'EC1A', 'W1D', 'N1', 'SE1', 'E14', 'NW3', 'WC2N'], '20', 'Greater London', [
        'Clerkenwell',
        'Canary Wharf',
        'Hampstead',
      ]),
      gb('Manchester', ['M1', 'M4', 'M20'], '161', 'Greater Manchester', ['Didsbury', 'Ancoats']),
      gb('Birmingham', ['B1', 'B15', 'B33'], '121', 'West Midlands', ['Edgbaston', 'Digbeth']),
      gb('Leeds', ['LS1', 'LS6'], '113', 'West Yorkshire', ['Headingley']),
      gb('Edinburgh', ['EH1', 'EH3', 'EH6'], '131', 'City of Edinburgh', ['Leith', 'Morningside']),
      gb('Bristol', ['BS1', 'BS8'], '117', 'Bristol', ['Clifton']),
    ],
    streets: [
      'Baker Street',
      'High Street',
      'Deansgate',
      'Corporation Street',
      'Briggate',
      'Princes Street',
      'Park Row',
      'Church Lane',
    ],
    houseNumber: (p) =>
      oneOf(p, [
        [() => String(p.int(1, 300)), 6],
        [() => `${p.int(1, 250)}${letter(p, 'AB')}`, 1],
      ]),
    landline: (p, area) => `+44 ${area} ${subscriber(p, 4)} ${digits(p, 4 - Math.max(0, area.length - 2))}`,
    mobile: (p) => `+44 7700 900${digits(p, 3)}`,
    poBox: (p) => `PO Box ${p.int(10, 9999)}`,
  },
  FR: {
    code: 'FR',
    cities: [
      fr(
        'Paris',
        Array.from({ length: 20 }, (_, i) => `750${String(i + 1).padStart(2, '0')}`),
        '1',
      ),
      fr('Lyon', ['69001', '69002', '69003', '69006', '69007', '69009'], '4'),
      fr('Marseille', ['13001', '13002', '13006', '13008', '13013'], '4'),
      fr('Toulouse', ['31000', '31100', '31200', '31300', '31400', '31500'], '5'),
      fr('Bordeaux', ['33000', '33100', '33200', '33300', '33800'], '5'),
      fr('Lille', ['59000', '59160', '59260', '59777', '59800'], '3'),
    ],
    streets: [
      'Rue de Rivoli',
      'Avenue des Champs-Élysées',
      'Rue de la République',
      'Boulevard Haussmann',
      "Place de l'Hôtel de Ville",
      'Rue du Faubourg Saint-Honoré',
      "Allée de l'Église",
      'Rue Nationale',
    ],
    houseNumber: (p) =>
      oneOf(p, [
        [() => String(p.int(1, 220)), 6],
        [() => `${p.int(1, 90)} bis`, 1],
        [() => `${p.int(1, 40)} ter`, 1],
      ]),
    landline: (p, area) => `+33 ${area} ${subscriber(p, 2)} ${digits(p, 2)} ${digits(p, 2)} ${digits(p, 2)}`,
    mobile: (p) =>
      `+33 ${p.pick(['6', '7'])} ${digits(p, 2)} ${digits(p, 2)} ${digits(p, 2)} ${digits(p, 2)}`,
    poBox: (p) => `BP ${p.int(1, 9999)}`,
  },
  US: {
    code: 'US',
    cities: [
      us('San Francisco', 94102, 94134, '415', 'CA', 'California'),
      us('Seattle', 98101, 98199, '206', 'WA', 'Washington'),
      us('Austin', 78701, 78759, '512', 'TX', 'Texas'),
      us('New York', 10001, 10282, '212', 'NY', 'New York'),
      us('Boston', 2108, 2137, '617', 'MA', 'Massachusetts'),
      us('Chicago', 60601, 60661, '312', 'IL', 'Illinois'),
    ],
    streets: [
      'Market Street',
      'Mission Street',
      'Pike Street',
      'Congress Avenue',
      'Broadway',
      'Madison Avenue',
      'Boylston Street',
      'Michigan Avenue',
    ],
    houseNumber: (p) => String(p.int(1, 48) * p.pick([1, 10, 25, 50])),
    // 555-01xx is reserved for fiction, so no real line is ever printed on a label.
    landline: (p, area) => `+1 ${area}-555-01${digits(p, 2)}`,
    mobile: (p) => `+1 (${p.pick(['415', '206', '512', '917', '617', '312'])}) 555-01${digits(p, 2)}`,
    poBox: (p) => `PO Box ${p.int(10, 99999)}`,
  },
};

export const COUNTRY_CODES: readonly CountryCode[] = ['NL', 'DE', 'BE', 'GB', 'FR', 'US'];
