// The provider's own sites: where orders are picked and packed, and who packs them.
import type { CountryCode } from './countries.ts';

export interface Warehouse {
  id: number;
  name: string;
  /** Destination countries this site serves first. */
  serves: readonly CountryCode[];
}

export const WAREHOUSES: readonly Warehouse[] = [
  { id: 301, name: 'Amsterdam DC', serves: ['NL', 'US'] },
  { id: 302, name: 'Köln Hub', serves: ['DE', 'FR'] },
  { id: 303, name: 'Antwerpen Cross-Dock', serves: ['BE', 'FR'] },
  { id: 304, name: 'Milton Keynes Fulfilment Centre', serves: ['GB'] },
];

export interface WarehouseAgent {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
}

export const WAREHOUSE_AGENTS: readonly WarehouseAgent[] = [
  { id: 9101, firstName: 'Pieter', lastName: 'Jansen', email: 'pieter.jansen@equipme-fulfilment.eu' },
  { id: 9102, firstName: 'Aylin', lastName: 'Kaya', email: 'aylin.kaya@equipme-fulfilment.eu' },
  { id: 9103, firstName: 'Stefan', lastName: 'Krämer', email: 'stefan.kraemer@equipme-fulfilment.eu' },
  { id: 9104, firstName: 'Grace', lastName: 'Okafor', email: 'grace.okafor@equipme-fulfilment.eu' },
  { id: 9105, firstName: 'Mathéo', lastName: 'Vermeulen', email: 'matheo.vermeulen@equipme-fulfilment.eu' },
];
