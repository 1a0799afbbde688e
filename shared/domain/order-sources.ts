// The places a station's orders come from. Equipme is the one the station can also tell what it did;
// the others are read-only shops whose orders are packed here too (docs/sources.md).

export const ORDER_SOURCES = ['equipme', 'marketplace', 'emporix'] as const;
export type OrderSourceName = (typeof ORDER_SOURCES)[number];

/** The sources set up in Settings → Order sources, beside the Equipme connection. */
export const SHOP_SOURCES = ['marketplace', 'emporix'] as const satisfies readonly OrderSourceName[];
export type ShopSourceName = (typeof SHOP_SOURCES)[number];
