// What the simulated Emporix shop sells: merchandise with variants, as the document's mug and shirt.
export interface ShopProduct {
  sku: string;
  name: string;
  description: string;
  /** Empty: the product is sold without variants. */
  variants: readonly { code: string; name: string }[];
}

const sizes = (sku: string, name: string, colours: readonly string[]) =>
  colours.flatMap((colour) =>
    ['S', 'M', 'L', 'XL'].map((size) => ({
      code: `${sku}-${colour.toLowerCase()}-${size.toLowerCase()}`,
      name: `${colour} ${name} ${size}`,
    })),
  );

export const SHOP_PRODUCTS: readonly ShopProduct[] = [
  {
    sku: 'mug-product',
    name: 'Mug',
    description: "A mug you've always wanted !",
    variants: [
      { code: 'mug-black-small', name: 'Black Small Mug' },
      { code: 'mug-white-large', name: 'White Large Mug' },
    ],
  },
  {
    sku: 'shirt-product',
    name: 'Shirt',
    description: "A Shirt you've always wanted !",
    variants: sizes('t-shirt', 'T-Shirt', ['Black', 'Navy']),
  },
  {
    sku: 'hoodie-product',
    name: 'Hoodie „Größe zählt“',
    description: 'Warm.',
    variants: sizes('hoodie', 'Hoodie', ['Grey']),
  },
  { sku: 'cap-product', name: 'Cap', description: 'One size.', variants: [] },
  { sku: 'socks-3pack', name: 'Socken 3er-Pack', description: 'Drei Paar.', variants: [] },
  { sku: 'tote-bag', name: 'Tote bag — organic cotton', description: 'For the market.', variants: [] },
  { sku: 'sticker-set', name: 'Sticker set (12)', description: 'Twelve stickers.', variants: [] },
];

export const SHIPPING_METHODS: readonly { code: string; name: string }[] = [
  { code: 'dhlstd', name: 'DHL Standard' },
  { code: 'dhlexp', name: 'DHL Express' },
  { code: 'upsstd', name: 'UPS Standard' },
  { code: 'dpdclassic', name: 'DPD Classic' },
];

export const CARRIERS: readonly string[] = ['UPS', 'DHL', 'DPD', 'PostNL'];
