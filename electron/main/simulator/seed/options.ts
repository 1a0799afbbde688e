// Options a customer can add to a service, each in one or more versions with their own price.
import type { OptionGroup } from './services.ts';

/** Option → its versions; `group` says which services offer it. */
export interface CatalogOption {
  id: number;
  name: string;
  group: OptionGroup;
  versions: readonly { id: number; name: string; monthlyEur: number; purchaseEur: number }[];
}

export const OPTIONS: readonly CatalogOption[] = [
  {
    id: 501,
    name: 'Warranty extension',
    group: 'device',
    versions: [
      { id: 5011, name: '3 years next business day on-site', monthlyEur: 2.5, purchaseEur: 0 },
      { id: 5012, name: '5 years next business day on-site', monthlyEur: 3.9, purchaseEur: 0 },
    ],
  },
  {
    id: 502,
    name: 'Accidental damage protection',
    group: 'device',
    versions: [{ id: 5021, name: 'ADP 36 months', monthlyEur: 3.2, purchaseEur: 0 }],
  },
  {
    id: 503,
    name: 'Keyboard layout',
    group: 'laptop',
    versions: [
      { id: 5031, name: 'German (QWERTZ)', monthlyEur: 0, purchaseEur: 0 },
      { id: 5032, name: 'French (AZERTY)', monthlyEur: 0, purchaseEur: 0 },
      { id: 5033, name: 'US International', monthlyEur: 0, purchaseEur: 0 },
      { id: 5034, name: 'UK English', monthlyEur: 0, purchaseEur: 0 },
    ],
  },
  {
    id: 504,
    name: 'Pre-installed image',
    group: 'laptop',
    versions: [
      { id: 5041, name: 'Windows 11 Enterprise 24H2 (Autopilot)', monthlyEur: 0, purchaseEur: 29 },
      { id: 5042, name: 'macOS Sequoia (Jamf enrolled)', monthlyEur: 0, purchaseEur: 29 },
    ],
  },
  {
    id: 505,
    name: 'Asset tagging',
    group: 'device',
    versions: [{ id: 5051, name: 'Asset tag and inventory label', monthlyEur: 0, purchaseEur: 4.5 }],
  },
];
