// The data set a simulator starts from: the generated orders, a few of which are handed to a
// customer of another provider so access control has something to refuse, and the sales orders and
// customers they belong to.
import type { WireFulfillmentOrder as FulfillmentOrder } from '../../../../shared/api/equipme.ts';
import { billingAddress, deliveryAddress } from './addresses.ts';
import { type CustomerRecord, customerRecords } from './customer-records.ts';
import { employeesOf, FOREIGN_CUSTOMER } from './customers.ts';
import { generateOrders } from './generate-orders.ts';
import { customerReference, employeeReference } from './order-parts.ts';
import { createPrng, deriveSeed } from './prng.ts';
import { type SalesOrderRecord, salesOrders } from './sales-orders.ts';

export const FOREIGN_ORDER_COUNT = 3;

export interface SeedData {
  /** Every order, own and foreign, in id order. */
  orders: FulfillmentOrder[];
  foreignIds: ReadonlySet<number>;
  /** The sales orders behind the fulfillment orders, by id. */
  salesOrders: ReadonlyMap<number, SalesOrderRecord>;
  /** Every customer the orders name, the foreign one included, by id. */
  customers: ReadonlyMap<number, CustomerRecord>;
}

export function seedData(seed: number, ownCount: number): SeedData {
  const orders = generateOrders(seed, ownCount + FOREIGN_ORDER_COUNT);
  const prng = createPrng(deriveSeed(seed, 2));
  const [buyer] = employeesOf(FOREIGN_CUSTOMER, prng, 1);
  const billing = billingAddress(prng, FOREIGN_CUSTOMER);
  const foreignIds = new Set<number>();
  if (!buyer) throw new Error('the foreign customer has no staff');
  const fullName = `${buyer.firstName} ${buyer.lastName}`;
  // Spread through the id range, as a shared id space would interleave them.
  for (let k = 1; k <= FOREIGN_ORDER_COUNT; k++) {
    const order = orders[Math.floor((k * orders.length) / (FOREIGN_ORDER_COUNT + 1))];
    if (!order) continue;
    // Its own sales order, so no sales order mixes customers of two providers.
    const salesId = 990_000 + k;
    order.order = {
      ...order.order,
      id: salesId,
      orderNumber: `SO-2026-0${99_990 + k}`,
      self: { href: `/v1/sales/orders/${salesId}` },
    };
    order.customer = customerReference(FOREIGN_CUSTOMER);
    order.orderedBy = employeeReference(buyer);
    order.billingAddress = billing;
    order.deliveryAddress = deliveryAddress(
      prng,
      { fullName, company: FOREIGN_CUSTOMER.name, country: buyer.country },
      6_000_000 + order.id,
    );
    foreignIds.add(order.id);
  }
  return {
    orders,
    foreignIds,
    salesOrders: salesOrders(seed, orders, foreignIds),
    customers: customerRecords(seed, orders),
  };
}
