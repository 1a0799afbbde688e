// The product catalog the simulated warehouse ships: real devices with real-looking part numbers.

export type ProductKind =
  | 'laptop'
  | 'tablet'
  | 'phone'
  | 'dock'
  | 'monitor'
  | 'headset'
  | 'keyboard'
  | 'mouse'
  | 'cable'
  | 'charger'
  | 'accessory';

export interface CatalogProduct {
  id: number;
  name: string;
  partNumber: string;
  /** EAN-13 as the ERP knows it; null where the ERP has no barcode for the product. */
  ean: string | null;
  kind: ProductKind;
}

type ProductRow = readonly [
  key: string,
  name: string,
  partNumber: string,
  kind: ProductKind,
  hasEan: boolean,
];

const ROWS = [
  ['t14', 'Lenovo ThinkPad T14 Gen 5 (Intel) 14" Core Ultra 5 16GB 512GB', '21ML003PMH', 'laptop', true],
  ['x1', 'Lenovo ThinkPad X1 Carbon Gen 12 14" Core Ultra 7 32GB 1TB', '21KC006BGE', 'laptop', true],
  ['e14', 'Lenovo ThinkPad E14 Gen 6 14" Core i5 16GB 512GB', '21M7002YMH', 'laptop', true],
  ['lat7450', 'Dell Latitude 7450 14" Core Ultra 7 32GB 512GB', 'N098L745014EMEA_VP', 'laptop', true],
  ['lat5450', 'Dell Latitude 5450 14" Core Ultra 5 16GB 256GB', 'N005L545014EMEA_VP', 'laptop', false],
  ['eb840', 'HP EliteBook 840 G11 14" Core Ultra 5 16GB 512GB', 'A37X9ET#ABH', 'laptop', true],
  ['mba13', 'Apple MacBook Air 13" M3 8-Core 16GB 256GB Midnight', 'MC8K4D/A', 'laptop', true],
  ['mba15', 'Apple MacBook Air 15" M3 16GB 512GB Starlight', 'MXD33D/A', 'laptop', true],
  ['mbp14', 'Apple MacBook Pro 14" M3 Pro 18GB 512GB Space Black', 'MRX33D/A', 'laptop', true],
  ['ipad', 'Apple iPad 10.9" (10th generation) Wi-Fi 64GB Blue', 'MPQ13NF/A', 'tablet', true],
  ['tabs9', 'Samsung Galaxy Tab S9 FE 5G 128GB Grey', 'SM-X516BZAAEUB', 'tablet', true],
  ['ip15', 'Apple iPhone 15 128GB Black', 'MTP03ZD/A', 'phone', true],
  ['ip16', 'Apple iPhone 16 128GB Ultramarine', 'MYEC3ZD/A', 'phone', true],
  ['s24', 'Samsung Galaxy S24 5G 128GB Onyx Black', 'SM-S921BZKDEUB', 'phone', true],
  ['a55', 'Samsung Galaxy A55 5G 128GB Awesome Navy', 'SM-A556BZKAEUB', 'phone', true],
  ['pixel8a', 'Google Pixel 8a 128GB Obsidian', 'GA05570-GB', 'phone', false],
  ['usbcdock', 'Lenovo ThinkPad Universal USB-C Dock', '40AY0090EU', 'dock', true],
  ['tb4dock', 'Lenovo ThinkPad Universal Thunderbolt 4 Dock', '40B00135EU', 'dock', true],
  ['wd22', 'Dell Thunderbolt Dock WD22TB4', '210-BDTD', 'dock', true],
  ['hpdock', 'HP USB-C Dock G5', '5TW10AA#ABB', 'dock', true],
  ['ts4', 'CalDigit TS4 Thunderbolt 4 Dock', 'TS4-EU', 'dock', false],
  ['p2425h', 'Dell P2425H 24" Full HD IPS Monitor', '210-BMJB', 'monitor', true],
  ['u2724d', 'Dell UltraSharp U2724D 27" QHD Monitor', '210-BKZV', 'monitor', true],
  ['t27i', 'Lenovo ThinkVision T27i-30 27" Monitor', '63A4MAR1EU', 'monitor', true],
  ['lg27up', 'LG 27UP850N-W 27" 4K UHD USB-C Monitor', '27UP850N-W.AEU', 'monitor', true],
  ['hpe24', 'HP E24 G5 23.8" FHD Monitor', '6N6E9AA#ABB', 'monitor', false],
  ['evolve65', 'Jabra Evolve2 65 Flex MS Stereo USB-C', '26699-999-999', 'headset', true],
  ['evolve55', 'Jabra Evolve2 55 Link380a UC Stereo', '25599-989-999', 'headset', true],
  ['voyager', 'Poly Voyager Focus 2 UC USB-A Headset', '77Y86AA', 'headset', true],
  ['zone100', 'Logitech Zone Vibe 100 Wireless Headset Graphite', '981-001213', 'headset', true],
  ['mxkeys', 'Logitech MX Keys S Keyboard (DE QWERTZ)', '920-011852', 'keyboard', true],
  ['k120', 'Logitech K120 Corded Keyboard (US International)', '920-002516', 'keyboard', true],
  ['magickb', 'Apple Magic Keyboard with Touch ID (US English)', 'MXCK3Z/A', 'keyboard', true],
  ['kc1000', 'Cherry KC 1000 Keyboard (DE)', 'JK-0800DE-2', 'keyboard', false],
  ['ergokb', 'Microsoft Ergonomic Keyboard for Business', 'LXN-00011', 'keyboard', true],
  ['mxmaster', 'Logitech MX Master 3S Performance Wireless Mouse Graphite', '910-006559', 'mouse', true],
  ['m185', 'Logitech M185 Wireless Mouse Grey', '910-002238', 'mouse', true],
  ['magicmouse', 'Apple Magic Mouse (USB-C) White', 'MXK53Z/A', 'mouse', true],
  ['msmouse', 'Microsoft Bluetooth Mouse Black', 'RJN-00005', 'mouse', false],
  ['cusbc', 'Belkin BoostCharge USB-C to USB-C Cable 2 m', 'CAB004bt2MBK', 'cable', true],
  ['clight', 'Apple USB-C to Lightning Cable (1 m)', 'MUQ93ZM/A', 'cable', true],
  ['chdmi', 'Delock High Speed HDMI Cable with Ethernet 2 m', '84407', 'cable', true],
  ['cdp', 'StarTech.com DisplayPort 1.4 Cable 2 m', 'DP14MM2M', 'cable', false],
  ['ccat6', 'Patch Cable Cat6 S/FTP 3 m Grey', 'PK-6-3-GR', 'cable', false],
  ['c65w', 'Lenovo 65W USB-C Power Adapter (EU)', '4X20V24678', 'charger', true],
  ['c70w', 'Apple 70W USB-C Power Adapter', 'MXN53ZM/A', 'charger', true],
  ['c20w', 'Apple 20W USB-C Power Adapter', 'MHJE3ZM/A', 'charger', true],
  ['backpack', 'Targus Cypress 15.6" EcoSmart Backpack', 'TBB58602GL', 'accessory', true],
  ['lock', 'Kensington NanoSaver Keyed Laptop Lock', 'K64444WW', 'accessory', true],
  ['case15', 'Apple iPhone 15 Silicone Case with MagSafe Black', 'MT0Y3ZM/A', 'accessory', true],
  ['cases24', 'Samsung Galaxy S24 Silicone Case Black', 'EF-PS921TBEGWW', 'accessory', true],
  ['sim', 'Vodafone Business SIM Card (Triple Cut)', 'VF-SIM-TRIO-B2B', 'accessory', false],
  ['stand', 'Rain Design mStand Laptop Stand Silver', '10032', 'accessory', false],
  ['webcam', 'Logitech Brio 505 Business Webcam', '960-001459', 'accessory', true],
] as const satisfies readonly ProductRow[];

export type ProductKey = (typeof ROWS)[number][0];

/** Appends the EAN-13 check digit to 12 digits. */
function withCheckDigit(digits12: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * (i % 2 === 0 ? 1 : 3);
  return digits12 + String((10 - (sum % 10)) % 10);
}

export const PRODUCTS: ReadonlyMap<ProductKey, CatalogProduct> = new Map(
  ROWS.map(([key, name, partNumber, kind, hasEan], index) => {
    const id = 4_100_001 + index * 37;
    const ean = hasEan ? withCheckDigit(`19${String(5348_0000 + index * 7919).padStart(10, '0')}`) : null;
    return [key, { id, name, partNumber, ean, kind }] as const;
  }),
);

export function product(key: ProductKey): CatalogProduct {
  const found = PRODUCTS.get(key);
  if (!found) throw new Error(`unknown product ${key}`);
  return found;
}
