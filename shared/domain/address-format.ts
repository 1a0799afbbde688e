// A delivery address written the way the destination country's post writes it, as the lines of the
// address card and the shipping label, plus the checks an operator should see before shipping.
import { postcodeValidator, postcodeValidatorExistsForCountry } from 'postcode-validator';
import type { Address } from '../api/equipme.ts';
import { assertNever } from './assert-never.ts';

export type AddressFields = Omit<Address, 'id' | 'self'>;

export interface FormatAddressOptions {
  /** Country of the shipping station (ISO 3166-1): a domestic address gets no country line. */
  fromCountry?: string;
  /** Language of the country line (default English, which every post reads). */
  locale?: string;
}

export type AddressWarningCode =
  | 'missing-country'
  | 'missing-city'
  | 'missing-postal-code'
  | 'invalid-postal-code'
  | 'missing-house-number'
  | 'po-box'
  | 'missing-phone';

export interface AddressWarning {
  code: AddressWarningCode;
  message: string;
}

type StreetOrder = 'street-number' | 'number-street';
/** How the town line(s) are written. */
type LocalityStyle =
  /** "1234 AB Amsterdam"; the region is never written. */
  | 'postal-city'
  /** "75001 PARIS" (La Poste). */
  | 'postal-city-upper'
  /** "00144 Roma RM": the province follows the city. */
  | 'postal-city-province'
  /** Dependent locality, POST TOWN, POSTCODE on lines of their own. */
  | 'uk'
  /** "CITY, ST 12345" */
  | 'us'
  /** "OTTAWA ON K1A 0B6" */
  | 'city-region-postal'
  /** Anywhere else: "postal city", then the region on its own line if there is one. */
  | 'generic';

interface CountryStyle {
  street: StreetOrder;
  locality: LocalityStyle;
}

const EUROPE_POSTAL_CITY = 'NL BE DE AT CH LI DK SE NO FI IS PL CZ SK HU SI HR EE LV LT PT ES'.split(' ');

const COUNTRY_STYLES: ReadonlyMap<string, CountryStyle> = new Map([
  ...EUROPE_POSTAL_CITY.map((c): [string, CountryStyle] => [
    c,
    { street: 'street-number', locality: 'postal-city' },
  ]),
  ['IT', { street: 'street-number', locality: 'postal-city-province' }],
  // The house number goes first here.
  ['FR', { street: 'number-street', locality: 'postal-city-upper' }],
  ['MC', { street: 'number-street', locality: 'postal-city-upper' }],
  ['LU', { street: 'number-street', locality: 'postal-city' }],
  ['GB', { street: 'number-street', locality: 'uk' }],
  ['IE', { street: 'number-street', locality: 'uk' }],
  ['NZ', { street: 'number-street', locality: 'uk' }],
  ['US', { street: 'number-street', locality: 'us' }],
  ['CA', { street: 'number-street', locality: 'city-region-postal' }],
  ['AU', { street: 'number-street', locality: 'city-region-postal' }],
]);
const GENERIC_STYLE: CountryStyle = { street: 'street-number', locality: 'generic' };

/** An addition this short stays on the street line ("Keizersgracht 12 A"); a longer one gets its own. */
export const SHORT_ADDITION = 10;
/** Longest street line before the addition moves to its own line (fits a 100 mm label). */
export const STREET_LINE_MAX = 40;

/** Countries without postal codes (or where they are optional): a missing one is no problem there. */
const NO_POSTAL_CODE: ReadonlySet<string> = new Set(
  (
    'AE AG AO AW BF BI BJ BO BS BW BZ CD CF CG CI CK CM DJ DM ER FJ GA GD GH GM GQ GY HK IE KI KM KN KP ' +
    'LC ML MO MR MW NR NU QA RW SB SC SL SO SR ST SY TD TF TG TK TL TO TT TV UG VU YE ZW'
  ).split(' '),
);

const PO_BOX =
  /\b(p\.?\s*o\.?\s*box|post\s*office\s*box|postbus|postfach|postboks|postbox|bo[iî]te\s+postale|b\.?\s?p\.?\s+\d|apartado|casella\s+postale|box\s+\d)/i;

export function formatAddress(address: AddressFields, options: FormatAddressOptions = {}): string[] {
  const a = clean(address);
  const country = countryOf(a.countryCode);
  const style = COUNTRY_STYLES.get(country) ?? GENERIC_STYLE;
  const lines = [a.line1, ...streetLines(a, style.street)];
  if (style.locality !== 'uk') lines.push(a.dependentLocality);
  lines.push(...localityLines(a, country, style.locality));
  if (country && country !== countryOf(options.fromCountry ?? '')) {
    lines.push(countryName(country, options.locale ?? 'en'));
  }
  return lines.filter((line) => line !== '');
}

/** What an operator should check before this address goes on a label. */
export function addressWarnings(address: AddressFields): AddressWarning[] {
  const a = clean(address);
  const country = countryOf(a.countryCode);
  const poBox = [a.line1, a.street, a.addition].some(isPoBox);
  const warnings: AddressWarning[] = [];
  const warn = (code: AddressWarningCode, message: string) => warnings.push({ code, message });

  if (!country)
    warn('missing-country', 'No country: the label cannot be routed; check the order in Equipme.');
  if (!a.city) warn('missing-city', 'No city: check the address with customer service before shipping.');
  if (!a.postalCode && !(country && NO_POSTAL_CODE.has(country))) {
    warn('missing-postal-code', 'No postal code: check the address with customer service before shipping.');
  } else if (a.postalCode && country && !postalCodeValid(a.postalCode, country)) {
    warn(
      'invalid-postal-code',
      `Postal code "${a.postalCode}" is not a valid ${country} postal code: check it before shipping.`,
    );
  }
  if (!a.number && !/\d/.test(a.street) && !poBox) {
    warn('missing-house-number', 'No house number: check the street line before shipping.');
  }
  if (poBox) {
    warn(
      'po-box',
      'Delivery to a P.O. box: most parcel carriers do not deliver there; check the carrier accepts it.',
    );
  }
  if (!a.phoneNumber) {
    warn('missing-phone', 'No phone number: the carrier cannot call if delivery fails; add one if you can.');
  }
  return warnings;
}

/** A postal code the way its country writes it: "1234 AB", "SW1A 1AA", "K1A 0B6"; else trimmed. */
export function normalizePostalCode(postalCode: string, countryCode: string): string {
  const compact = postalCode.replace(/\s+/g, '').toUpperCase();
  const spaced = postalCode.trim().replace(/\s+/g, ' ').toUpperCase();
  switch (countryOf(countryCode)) {
    case 'FR':
    case 'MC':
      return /^\d{5}$/.test(compact) ? compact : spaced;
    case 'NL':
      return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : spaced;
    case 'GB':
    case 'CA':
      // The inward code is always the last three characters.
      return /^[A-Z0-9]{5,7}$/.test(compact) ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : spaced;
    case 'IE':
      return /^[A-Z0-9]{7}$/.test(compact) ? `${compact.slice(0, 3)} ${compact.slice(3)}` : spaced;
    default:
      return spaced;
  }
}

/** Is `text` (an address line) a P.O. box, in any of the languages of our customers? */
export function isPoBox(text: string): boolean {
  return PO_BOX.test(text);
}

type CleanAddress = { [K in keyof AddressFields]-?: string };

function clean(address: AddressFields): CleanAddress {
  const text = (value: string | null | undefined) => (value ?? '').trim().replace(/\s+/g, ' ');
  return {
    line1: text(address.line1),
    street: text(address.street),
    number: text(address.number),
    addition: text(address.addition),
    city: text(address.city),
    postalCode: text(address.postalCode),
    countryCode: text(address.countryCode),
    regionCode: text(address.regionCode),
    regionName: text(address.regionName),
    dependentLocality: text(address.dependentLocality),
    phoneNumber: text(address.phoneNumber),
  };
}

function streetLines(a: CleanAddress, order: StreetOrder): string[] {
  const numberFirst = order === 'number-street';
  const street = join(numberFirst ? [a.number, a.street] : [a.street, a.number]);
  if (!a.addition) return [street];
  // "Dorpsstraat 12-2" for a numeric addition right after the number, else a space.
  const glue = !numberFirst && /\d$/.test(street) && /^\d/.test(a.addition) ? '-' : ' ';
  const together = street ? `${street}${glue}${a.addition}` : a.addition;
  const fits = a.addition.length <= SHORT_ADDITION && together.length <= STREET_LINE_MAX;
  return fits ? [together] : [street, a.addition];
}

function localityLines(a: CleanAddress, country: string, style: LocalityStyle): string[] {
  const postal = a.postalCode ? normalizePostalCode(a.postalCode, country) : '';
  const region = a.regionCode ? a.regionCode.replace(/^[A-Za-z]{2}-/, '').toUpperCase() : a.regionName;
  switch (style) {
    case 'postal-city':
      return [join([postal, a.city])];
    case 'postal-city-upper':
      return [join([postal, a.city.toUpperCase()])];
    case 'postal-city-province':
      return [join([postal, a.city, region])];
    case 'uk':
      return [a.dependentLocality, a.city.toUpperCase(), postal];
    case 'us':
      return [join([[a.city.toUpperCase(), region].filter(Boolean).join(', '), postal])];
    case 'city-region-postal':
      return [join([a.city.toUpperCase(), region, postal])];
    case 'generic':
      return [join([postal, a.city]), region];
    default:
      return assertNever(style, 'locality style');
  }
}

function postalCodeValid(postalCode: string, country: string): boolean {
  if (!postcodeValidatorExistsForCountry(country)) return true;
  return postcodeValidator(normalizePostalCode(postalCode, country), country);
}

/** ISO 3166-1 alpha-2 in capitals; the common "UK" is GB. */
function countryOf(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'UK' ? 'GB' : upper;
}

/** The destination country in capitals, as the UPU asks for the last line of an international address. */
function countryName(country: string, locale: string): string {
  const name = /^[A-Z]{2}$/.test(country)
    ? new Intl.DisplayNames([locale], { type: 'region' }).of(country)
    : null;
  return (name ?? country).toUpperCase();
}

function join(parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}
