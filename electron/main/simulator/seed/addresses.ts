// Delivery and billing addresses in each country's own format, plus the awkward ones real address
// books contain: PO boxes, missing house numbers, overlong lines, no phone.
import type { Address } from '../../../../shared/api/equipme.ts';
import type { CountryCode } from './countries.ts';
import { COUNTRIES } from './countries.ts';
import type { Customer } from './customers.ts';
import type { Prng } from './prng.ts';

/** Spec maxLengths of Address.line1 and Address.addition. */
const LINE1_MAX = 100;
const ADDITION_MAX = 1500;

const ADDITIONS: Readonly<Record<CountryCode, readonly string[]>> = {
  NL: ['3e verdieping', 'Achteringang', 'Unit 12'],
  DE: ['Hinterhaus, 3. OG', 'Gebäude B', 'c/o Empfang'],
  BE: ['Bus 3', '2e étage', 'Blok C'],
  GB: ['Flat 4', 'Unit 7, Riverside Business Park', 'Second Floor'],
  FR: ['Bâtiment B, 2e étage', 'Escalier C', 'Résidence Les Tilleuls'],
  US: ['Suite 400', 'Floor 12', 'Apt 5B'],
};

const INSTRUCTIONS = [
  'Bitte beim Pförtner abgeben, nicht beim Nachbarn. ',
  'Lieferung nur Mo–Fr 08:00–16:00, Laderampe an der Rückseite. ',
  'Ring the bell twice; the intercom on the left is broken. ',
  'Accès par la rue arrière, code portail 4711, ascenseur au fond de la cour. ',
  'Niet bij de buren afleveren; bij afwezigheid terugbrengen naar het depot. ',
  'Søren Ødegård picks up for the whole team, ask for him at reception. ',
  'Zufahrt über die Schloßstraße, Tor 3, dann Halle ł-2 (ehemals Łódź-Lager). ',
];

/** Delivery instructions that run right up to the spec's maxLength. */
function longAddition(prng: Prng): string {
  const target = prng.int(400, ADDITION_MAX);
  let text = '';
  while (text.length < target) text += prng.pick(INSTRUCTIONS);
  return text.slice(0, target).trimEnd();
}

function longLine1(company: string): string {
  const line = `${company} – Abteilung Informationstechnologie, Beschaffung, Arbeitsplatzausstattung und Logistik`;
  return line.slice(0, LINE1_MAX);
}

export interface Recipient {
  fullName: string;
  company: string;
  country: CountryCode;
}

export function deliveryAddress(prng: Prng, recipient: Recipient, id: number): Address {
  const country = COUNTRIES[recipient.country];
  const city = prng.pick(country.cities);
  const atHome = prng.chance(0.6);
  const address: Address = {
    id,
    line1: atHome ? recipient.fullName : recipient.company,
    street: prng.pick(country.streets),
    number: country.houseNumber(prng),
    addition: null,
    city: city.name,
    postalCode: city.postalCode(prng),
    countryCode: country.code,
    phoneNumber: prng.chance(0.88) ? country.landline(prng, city.area) : null,
    self: { href: `/v1/addresses/${id}` },
  };
  if (!atHome) address.addition = `Attn: ${recipient.fullName}`;
  else if (prng.chance(0.25)) address.addition = prng.pick(ADDITIONS[country.code]);
  if (city.regionCode && (country.code === 'US' || prng.chance(0.2))) address.regionCode = city.regionCode;
  if (city.regionName && prng.chance(country.code === 'GB' ? 0.5 : 0.15)) {
    address.regionName = city.regionName;
  }
  if (city.localities && prng.chance(0.4)) address.dependentLocality = prng.pick(city.localities);

  const awkward = prng.next();
  if (awkward < 0.025) {
    address.line1 = country.poBox(prng);
    address.street = null;
    address.number = null;
  } else if (awkward < 0.05) {
    address.number = null;
  } else if (awkward < 0.065) {
    address.line1 = longLine1(recipient.company);
  } else if (awkward < 0.08) {
    address.addition = longAddition(prng);
  }
  return address;
}

const ACCOUNTS_PAYABLE: Readonly<Record<CountryCode, string>> = {
  NL: 'Crediteurenadministratie',
  DE: 'Kreditorenbuchhaltung',
  BE: 'Comptabilité fournisseurs',
  GB: 'Accounts Payable',
  FR: 'Comptabilité fournisseurs',
  US: 'Accounts Payable',
};

/** The customer's head office: one fixed billing address per customer. */
export function billingAddress(prng: Prng, customer: Customer): Address {
  const country = COUNTRIES[customer.country];
  const city = prng.pick(country.cities);
  const id = 7_000_000 + customer.id;
  return {
    id,
    line1: customer.name,
    street: prng.pick(country.streets),
    number: country.houseNumber(prng),
    addition: ACCOUNTS_PAYABLE[customer.country],
    city: city.name,
    postalCode: city.postalCode(prng),
    countryCode: country.code,
    regionCode: customer.country === 'US' ? (city.regionCode ?? null) : null,
    phoneNumber: country.landline(prng, city.area),
    self: { href: `/v1/addresses/${id}` },
  };
}
