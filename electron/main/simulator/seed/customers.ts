// The provider's customers, the people who order for them, and the one customer of another provider
// whose orders must stay invisible to us.
import type { CountryCode } from './countries.ts';
import { COUNTRIES } from './countries.ts';
import { FAMILY_NAMES, GIVEN_NAMES, mailboxName } from './names.ts';
import type { Prng } from './prng.ts';

export type OfferKind = 'rental' | 'lease' | 'purchase' | 'subscription' | 'leasing';
export type Currency = 'EUR' | 'GBP' | 'USD';

export interface Customer {
  id: number;
  name: string;
  customerNumber: string | null;
  country: CountryCode;
  domain: string;
  currency: Currency;
  /** The contract kinds this customer buys under, most used first. */
  offerKinds: readonly OfferKind[];
  /** Relative share of the order volume. */
  weight: number;
}

export const CUSTOMERS: readonly Customer[] = [
  {
    id: 1201,
    name: 'Müller & Söhne GmbH',
    customerNumber: 'K-100234',
    country: 'DE',
    domain: 'mueller-soehne.de',
    currency: 'EUR',
    offerKinds: ['rental', 'purchase'],
    weight: 9,
  },
  {
    id: 1202,
    name: 'Société Générale Démo SA',
    customerNumber: 'C-FR-00917',
    country: 'FR',
    domain: 'sg-demo.fr',
    currency: 'EUR',
    offerKinds: ['leasing', 'rental'],
    weight: 7,
  },
  {
    id: 1203,
    name: 'Van den Berg Logistiek B.V.',
    customerNumber: '30045521',
    country: 'NL',
    domain: 'vandenberg-logistiek.nl',
    currency: 'EUR',
    offerKinds: ['rental'],
    weight: 8,
  },
  {
    id: 1204,
    name: 'Brightwater Analytics Ltd',
    customerNumber: 'BWA-0042',
    country: 'GB',
    domain: 'brightwater-analytics.co.uk',
    currency: 'GBP',
    offerKinds: ['subscription', 'purchase'],
    weight: 5,
  },
  {
    id: 1205,
    name: 'Janssens & Peeters NV',
    customerNumber: null,
    country: 'BE',
    domain: 'janssens-peeters.be',
    currency: 'EUR',
    offerKinds: ['lease'],
    weight: 4,
  },
  {
    id: 1206,
    name: 'Nordlicht Versicherung AG',
    customerNumber: 'K-100871',
    country: 'DE',
    domain: 'nordlicht-versicherung.de',
    currency: 'EUR',
    offerKinds: ['rental', 'subscription'],
    weight: 6,
  },
  {
    id: 1207,
    name: 'Cascade Robotics Inc.',
    customerNumber: 'US-7781',
    country: 'US',
    domain: 'cascade-robotics.com',
    currency: 'USD',
    offerKinds: ['purchase', 'subscription'],
    weight: 3,
  },
  {
    id: 1208,
    name: 'Øresund Digital Studio B.V.',
    customerNumber: '30099812',
    country: 'NL',
    domain: 'oresund-studio.nl',
    currency: 'EUR',
    offerKinds: ['rental'],
    weight: 3,
  },
  {
    id: 1209,
    name: 'Café Crème Hospitality SARL',
    customerNumber: 'C-FR-01288',
    country: 'FR',
    domain: 'cafe-creme.fr',
    currency: 'EUR',
    offerKinds: ['subscription'],
    weight: 2,
  },
];

/** Belongs to another provider: the API must answer 403 for its orders and never list them. */
export const FOREIGN_CUSTOMER: Customer = {
  id: 8801,
  name: 'Konkurrenz Leasing GmbH',
  customerNumber: 'EXT-5512',
  country: 'DE',
  domain: 'konkurrenz-leasing.de',
  currency: 'EUR',
  offerKinds: ['leasing'],
  weight: 0,
};

export interface Employee {
  id: number;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phoneBusiness: string | null;
  phoneMobile: string | null;
  country: CountryCode;
}

/** Mostly local staff; a few colleagues abroad, as international companies have. */
function homeCountry(customer: Customer, prng: Prng): CountryCode {
  if (prng.chance(0.8)) return customer.country;
  return prng.pick(['NL', 'DE', 'BE', 'GB', 'FR', 'US'] as const);
}

export function employeesOf(customer: Customer, prng: Prng, count: number): Employee[] {
  const staff: Employee[] = [];
  for (let i = 0; i < count; i++) {
    const country = homeCountry(customer, prng);
    const given = prng.pick(GIVEN_NAMES[country]);
    const family = prng.pick(FAMILY_NAMES[country]);
    const city = prng.pick(COUNTRIES[country].cities);
    staff.push({
      id: customer.id * 1000 + i + 1,
      firstName: given,
      lastName: family,
      email: prng.chance(0.97) ? `${mailboxName(given, family)}@${customer.domain}` : null,
      phoneBusiness: prng.chance(0.85) ? COUNTRIES[country].landline(prng, city.area) : null,
      phoneMobile: prng.chance(0.6) ? COUNTRIES[country].mobile(prng) : null,
      country,
    });
  }
  return staff;
}
