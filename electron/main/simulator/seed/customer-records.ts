// The customers as the sales API shows them: contact, language, whether they may still order, and the
// metadata a tenant keeps on them, packing instructions for the station among it. Fixed per customer
// where tests and demos rely on it (language, active, which metadata), seeded for names and phones.
import type { WireFulfillmentOrder as FulfillmentOrder } from '../../../../shared/api/equipme.ts';
import type { CustomerMetadataItem, Language, WireCustomer } from '../../../../shared/api/equipme-sales.ts';
import { billingAddress } from './addresses.ts';
import { COUNTRIES } from './countries.ts';
import type { Customer } from './customers.ts';
import { CUSTOMERS, FOREIGN_CUSTOMER } from './customers.ts';
import { FAMILY_NAMES, GIVEN_NAMES, mailboxName } from './names.ts';
import type { Prng } from './prng.ts';
import { createPrng, deriveSeed } from './prng.ts';

const CUSTOMER_STREAM = 4;

interface Profile {
  language: Language;
  active: boolean;
  /** null: the customer gave no phone, so a label falls back to nothing. */
  phone: boolean;
  metadata: readonly (readonly [key: string, value: string | null, scope: string | null])[];
}

/** Every language of the spec is someone's, two customers may no longer order, some keep instructions. */
const PROFILES: Readonly<Record<number, Profile>> = {
  1201: {
    language: 'de',
    active: true,
    phone: true,
    metadata: [
      ['packing.instructions', 'Jedes Gerät einzeln in Luftpolsterfolie; Lieferschein obenauf.', 'Supplier'],
      ['erp.debtor', 'D-100234', 'Supplier'],
    ],
  },
  1202: {
    language: 'fr',
    active: true,
    phone: true,
    metadata: [['station.note', 'Livraison le matin uniquement : joindre le bon de livraison.', 'Customer']],
  },
  1203: {
    language: 'nl',
    active: true,
    phone: false,
    metadata: [
      ['packing.instructions', 'Laptops met de lader in dezelfde doos.\nGeen reclamemateriaal.', 'Supplier'],
      ['station.note', 'Dock 3, niet bij de hoofdingang.', 'Customer'],
    ],
  },
  1204: { language: 'en', active: true, phone: true, metadata: [['crm.segment', 'enterprise', 'Supplier']] },
  1205: { language: 'it', active: false, phone: true, metadata: [] },
  1206: {
    language: 'pl',
    active: true,
    phone: true,
    // Hostile on purpose: markup and control characters in a value the station shows prominently.
    metadata: [
      ['packing.instructions', '<b>Fragile</b>\u0007 seal every box with the blue tape\u001b[0m', null],
    ],
  },
  1207: {
    language: 'es',
    active: true,
    phone: false,
    metadata: [['station.note', 'Ship with signature.', null]],
  },
  1208: { language: 'nb', active: true, phone: true, metadata: [['billing.reference', null, 'Customer']] },
  1209: { language: 'fr', active: false, phone: true, metadata: [] },
  [FOREIGN_CUSTOMER.id]: { language: 'de', active: true, phone: true, metadata: [] },
};

const ACCOUNT_MANAGERS = [
  { id: 9201, firstName: 'Lotte', lastName: 'de Vries', email: 'lotte.devries@equipme-provider.eu' },
  { id: 9202, firstName: 'Jonas', lastName: 'Becker', email: 'jonas.becker@equipme-provider.eu' },
] as const;

export interface CustomerRecord {
  customer: WireCustomer;
  metadata: CustomerMetadataItem[];
}

function uuidOf(id: number): string {
  return `5a1e5000-0000-4000-8000-${String(id).padStart(12, '0')}`;
}

function record(customer: Customer, billing: FulfillmentOrder['billingAddress'], prng: Prng): CustomerRecord {
  const profile = PROFILES[customer.id];
  if (!profile) throw new Error(`customer ${customer.id} has no profile in customer-records.ts`);
  const given = prng.pick(GIVEN_NAMES[customer.country]);
  const family = prng.pick(FAMILY_NAMES[customer.country]);
  const country = COUNTRIES[customer.country];
  const city = prng.pick(country.cities);
  const manager = ACCOUNT_MANAGERS[customer.id % ACCOUNT_MANAGERS.length] ?? ACCOUNT_MANAGERS[0];
  const self = `/v1/sales/customers/${customer.id}`;
  return {
    customer: {
      id: customer.id,
      uuid: uuidOf(customer.id),
      name: customer.name,
      customerNumber: customer.customerNumber,
      description: prng.chance(0.5) ? `Workplace services for ${customer.name}` : null,
      active: profile.active,
      contactName: `${given} ${family}`,
      contactEmail: `${mailboxName(given, family)}@${customer.domain}`,
      contactPhone: profile.phone ? country.landline(prng, city.area) : null,
      customAttribute1: prng.chance(0.5) ? `CC-${prng.int(1000, 9999)}` : null,
      accountManager: {
        ...manager,
        fullName: `${manager.lastName}, ${manager.firstName}`,
        username: manager.email,
        self: { href: `/v1/employees/${manager.id}` },
      },
      language: profile.language,
      companyAddress: billing ? { ...billing } : billingAddress(prng, customer),
      self: { href: self },
    },
    metadata: profile.metadata.map(([key, value, scope]) => ({
      key,
      value,
      scope,
      self: { href: `${self}/metadata/${encodeURIComponent(key)}` },
    })),
  };
}

/** Every customer, ours and the foreign one, by id; company addresses as their orders bill them. */
export function customerRecords(
  seed: number,
  orders: readonly FulfillmentOrder[],
): Map<number, CustomerRecord> {
  const prng = createPrng(deriveSeed(seed, CUSTOMER_STREAM));
  const billing = new Map<number, FulfillmentOrder['billingAddress']>();
  for (const order of orders) {
    if (order.billingAddress && !billing.has(order.customer.id))
      billing.set(order.customer.id, order.billingAddress);
  }
  const records = new Map<number, CustomerRecord>();
  for (const customer of [...CUSTOMERS, FOREIGN_CUSTOMER]) {
    records.set(customer.id, record(customer, billing.get(customer.id), prng));
  }
  return records;
}
