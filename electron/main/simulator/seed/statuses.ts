// Seeded statuses must be ones the lifecycle can actually reach for the order's traits (a return is
// never out for delivery), so they are derived from the lifecycle table instead of listed by hand.
import type { FulfillmentStatus } from '../../../../shared/api/equipme.ts';
import { FULFILLMENT_ACTIONS } from '../../../../shared/api/equipme.ts';
import type { OrderTraits } from '../../../../shared/domain/lifecycle.ts';
import { checkTransition, DELIVERY_REQUEST } from '../../../../shared/domain/lifecycle.ts';
import type { Prng } from './prng.ts';

/** How common each status is in a live warehouse: mostly open work, some history. */
const STATUS_WEIGHTS: readonly (readonly [FulfillmentStatus, number])[] = [
  ['new', 30],
  ['inprocess', 18],
  ['ready-for-delivery', 12],
  ['delivery-requested-outbound', 6],
  ['in-delivery-outbound', 10],
  ['delivered-outbound', 8],
  ['delivery-returned-outbound', 3],
  ['processed', 9],
  ['cancelled', 4],
];

function reachableFrom(traits: OrderTraits): ReadonlySet<FulfillmentStatus> {
  const seen = new Set<FulfillmentStatus>(['new']);
  const queue: FulfillmentStatus[] = ['new'];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    const next: FulfillmentStatus[] = [];
    for (const action of FULFILLMENT_ACTIONS) {
      const check = checkTransition(status, action, traits);
      if (check.ok) next.push(check.to);
    }
    if (traits.isPreorder && status === DELIVERY_REQUEST.from) next.push(DELIVERY_REQUEST.to);
    for (const to of next) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

const weightsByTraits = new Map<string, readonly (readonly [FulfillmentStatus, number])[]>();

/** A status weighted by how common it is, among those reachable for these traits. */
export function pickStatus(prng: Prng, traits: OrderTraits): FulfillmentStatus {
  const key = `${traits.transactionType}/${traits.isPreorder}`;
  let weights = weightsByTraits.get(key);
  if (!weights) {
    const reachable = reachableFrom(traits);
    weights = STATUS_WEIGHTS.filter(([status]) => reachable.has(status));
    weightsByTraits.set(key, weights);
  }
  return prng.weighted(weights);
}
