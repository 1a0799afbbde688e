// The sales orders behind the fulfillment orders. The generator already groups fulfillment orders by
// sales order (1–3 lines, one delivery address each); this pass adds what the sales API needs without
// touching the main stream: a few sales orders of four, a few split across two delivery addresses, and
// each sales order's note and buyer. Its dice are a stream of their own (deriveSeed), so every order
// outside those few keeps every field.
import type { WireFulfillmentOrder as FulfillmentOrder } from '../../../../shared/api/equipme.ts';
import type { UserReference } from '../../../../shared/api/equipme-sales.ts';
import { deliveryAddress } from './addresses.ts';
import { CUSTOMERS } from './customers.ts';
import type { Prng } from './prng.ts';
import { createPrng, deriveSeed } from './prng.ts';

/** A sales order as the simulator keeps it; its status is read from its fulfillment orders. */
export interface SalesOrderRecord {
  id: number;
  orderNumber: string;
  customerOrderNumber?: string | null;
  created: string;
  customerId: number;
  customer: FulfillmentOrder['customer'];
  orderedBy: UserReference;
  note: string | null;
  /** Its fulfillment orders, in id order. */
  orderIds: number[];
}

const SALES_STREAM = 3;

/** HTML as a customer types it into the shop; the station shows it as plain text. */
const NOTES = [
  '<p>Please deliver <strong>before 10:00</strong>.</p>',
  'Onboarding for three new colleagues<br>Start date: Monday',
  '<ul><li>Label each box with the employee name</li><li>Keep the chargers in the box</li></ul>',
  'Bitte an den Empfang liefern &amp; vorher anrufen.',
  '<p>Merci de livrer <em>à l’accueil</em>.</p>',
  'Graag afleveren bij de receptie, 2e verdieping.',
];
/** The note that proves the station never runs what a customer wrote: script, handler, controls. */
export const HOSTILE_NOTE =
  '<p>Deliver to <b>reception</b></p><script>alert("station")</script><img src="x" onerror="alert(1)">\u0007\u001b[2J\u202eend';

const currencyOf = new Map(CUSTOMERS.map((c) => [c.id, c.currency]));
const countryOf = new Map(CUSTOMERS.map((c) => [c.id, c.country]));

/** The fulfillment orders of each sales order, in the order the generator made the sales orders. */
function groups(orders: readonly FulfillmentOrder[]): FulfillmentOrder[][] {
  const bySales = new Map<number, FulfillmentOrder[]>();
  for (const order of orders) {
    const group = bySales.get(order.order.id);
    if (group) group.push(order);
    else bySales.set(order.order.id, [order]);
  }
  return [...bySales.values()];
}

/** A single `order` line joins the three-line sales order before it (same currency, so prices hold). */
function absorb(into: FulfillmentOrder[], order: FulfillmentOrder): void {
  const [first] = into;
  if (!first) return;
  order.order = first.order;
  order.customer = first.customer;
  order.orderedBy = first.orderedBy;
  if (first.deliveryAddress) order.deliveryAddress = first.deliveryAddress;
  else delete order.deliveryAddress;
  if (first.billingAddress) order.billingAddress = first.billingAddress;
  else delete order.billingAddress;
  into.push(order);
}

/** A single `order` line may join a three-line `order` sales order of the same currency. */
function mayAbsorb(
  group: FulfillmentOrder[],
  next: FulfillmentOrder[] | undefined,
): next is [FulfillmentOrder] {
  const [first] = group;
  const [single] = next ?? [];
  if (!first || !single || next?.length !== 1 || group.length !== 3) return false;
  return (
    first.transactionType === 'order' &&
    single.transactionType === 'order' &&
    currencyOf.get(first.customer.id) === currencyOf.get(single.customer.id)
  );
}

/** The last order of the group goes to a second site of the same customer. */
function split(group: FulfillmentOrder[], prng: Prng): void {
  const last = group.at(-1);
  const country = countryOf.get(group[0]?.customer.id ?? 0);
  if (!last?.deliveryAddress || group.length < 2 || !country) return;
  const fullName = [last.orderedBy.firstName, last.orderedBy.lastName].filter(Boolean).join(' ');
  last.deliveryAddress = deliveryAddress(
    prng,
    { fullName, company: last.customer.name, country },
    5_500_000 + last.id,
  );
}

function buyer(order: FulfillmentOrder): UserReference {
  const { id, firstName, lastName, email, self } = order.orderedBy;
  return {
    id,
    firstName: firstName ?? null,
    lastName: lastName ?? null,
    email: email ?? null,
    username: email ?? null,
    self,
  };
}

/**
 * Builds the sales orders and, for a few of them, changes their fulfillment orders in place (a fourth
 * line, a second delivery address). `orders` are the data set's, foreign ones included.
 */
export function salesOrders(
  seed: number,
  orders: FulfillmentOrder[],
  foreign: ReadonlySet<number>,
): Map<number, SalesOrderRecord> {
  const prng = createPrng(deriveSeed(seed, SALES_STREAM));
  const all = groups(orders);
  const kept: FulfillmentOrder[][] = [];
  for (let i = 0; i < all.length; i++) {
    const group = all[i] as FulfillmentOrder[];
    const next = all[i + 1];
    const own = (lines: FulfillmentOrder[] | undefined) => !foreign.has(lines?.[0]?.id ?? 0);
    if (own(group) && own(next) && mayAbsorb(group, next) && prng.chance(0.5)) {
      absorb(group, next[0]);
      i++;
    }
    if (own(group) && group.length >= 2 && group[0]?.deliveryAddress && prng.chance(0.25)) split(group, prng);
    kept.push(group);
  }
  const records = new Map<number, SalesOrderRecord>();
  let hostileGiven = false;
  for (const group of kept) {
    const [first] = group;
    if (!first) continue;
    const roll = prng.next();
    let note: string | null = roll < 0.45 ? null : prng.pick(NOTES);
    // One sales order of several lines carries the hostile note, so every data set has it.
    if (!hostileGiven && group.length >= 2 && !foreign.has(first.id)) {
      note = HOSTILE_NOTE;
      hostileGiven = true;
    }
    const record: SalesOrderRecord = {
      id: first.order.id,
      orderNumber: first.order.orderNumber,
      created: first.order.created,
      customerId: first.customer.id,
      customer: first.customer,
      orderedBy: buyer(first),
      note,
      orderIds: group.map((o) => o.id),
    };
    if (first.order.customerOrderNumber !== undefined) {
      record.customerOrderNumber = first.order.customerOrderNumber;
    }
    records.set(record.id, record);
  }
  return records;
}
