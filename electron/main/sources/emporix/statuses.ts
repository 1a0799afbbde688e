// Which Emporix order statuses the station packs. The document shows CREATED (placed, not yet sent)
// and COMPLETED (with `completed` and shipments: done). The others are Emporix's public order
// lifecycle; a status none of these name is kept and shown as sent, and not packed: an order the
// station cannot place in the lifecycle may be cancelled, and a parcel once sent cannot be recalled.
export const PACKABLE_STATUSES: ReadonlySet<string> = new Set(['CREATED', 'CONFIRMED']);

export const KNOWN_STATUSES: ReadonlySet<string> = new Set([
  ...PACKABLE_STATUSES,
  'IN_CHECKOUT',
  'DECLINED',
  'SHIPPED',
  'COMPLETED',
]);

export function isPackableStatus(status: string): boolean {
  return PACKABLE_STATUSES.has(status);
}
