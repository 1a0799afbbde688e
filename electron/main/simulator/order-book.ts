// The simulator's in-memory state: the orders as the backend holds them and the log of every
// transition it applied, so tests can check what reached the server even when no answer came back.
import type {
  FulfillmentAction,
  WireFulfillmentOrder as FulfillmentOrder,
  FulfillmentStatus,
} from '../../../shared/api/equipme.ts';
import { checkTransition, DELIVERY_REQUEST, traitsOf } from '../../../shared/domain/lifecycle.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';
import type { CustomerRecord } from './seed/customer-records.ts';
import { seedData } from './seed/dataset.ts';
import type { SalesOrderRecord } from './seed/sales-orders.ts';

export interface AppliedTransition {
  orderId: number;
  action: FulfillmentAction;
  from: FulfillmentStatus;
  to: FulfillmentStatus;
  /** ISO time the server applied it. */
  at: string;
}

export type Lookup =
  | { kind: 'own'; order: FulfillmentOrder }
  | { kind: 'foreign'; order: FulfillmentOrder }
  | { kind: 'missing' };

export class OrderBook {
  readonly #seed: number;
  readonly #count: number;
  #orders = new Map<number, FulfillmentOrder>();
  #listable: FulfillmentOrder[] = [];
  #foreign: ReadonlySet<number> = new Set();
  #log: AppliedTransition[] = [];
  #sales: ReadonlyMap<number, SalesOrderRecord> = new Map();
  #customers: ReadonlyMap<number, CustomerRecord> = new Map();
  #foreignCustomers: ReadonlySet<number> = new Set();

  constructor(seed: number, count: number) {
    this.#seed = seed;
    this.#count = count;
    this.reset();
  }

  /** Back to the seeded data, with an empty transitions log. */
  reset(): void {
    const data = seedData(this.#seed, this.#count);
    this.#orders = new Map(data.orders.map((o) => [o.id, o]));
    this.#foreign = data.foreignIds;
    this.#listable = data.orders.filter((o) => !data.foreignIds.has(o.id));
    this.#log = [];
    this.#sales = data.salesOrders;
    this.#customers = data.customers;
    this.#foreignCustomers = new Set(
      data.orders.filter((o) => data.foreignIds.has(o.id)).map((o) => o.customer.id),
    );
  }

  lookup(id: number): Lookup {
    const order = this.#orders.get(id);
    if (!order) return { kind: 'missing' };
    return this.#foreign.has(id) ? { kind: 'foreign', order } : { kind: 'own', order };
  }

  /** Orders of our own customers, in id order. */
  listable(): readonly FulfillmentOrder[] {
    return this.#listable;
  }

  salesOrder(id: number): SalesOrderRecord | undefined {
    return this.#sales.get(id);
  }

  salesOrderIds(): number[] {
    return [...this.#sales.keys()];
  }

  customer(id: number): CustomerRecord | undefined {
    return this.#customers.get(id);
  }

  customerIds(): number[] {
    return [...this.#customers.keys()];
  }

  /** A customer of another provider: its sales data is refused like its orders. */
  isForeignCustomer(id: number): boolean {
    return this.#foreignCustomers.has(id);
  }

  foreignIds(): number[] {
    return [...this.#foreign];
  }

  /** null clears the external id. */
  setExternalId(order: FulfillmentOrder, externalId: string | null): void {
    order.externalId = externalId;
  }

  transition(
    order: FulfillmentOrder,
    action: FulfillmentAction,
    at: Date,
  ): Result<AppliedTransition, string> {
    const check = checkTransition(order.status, action, traitsOf(order));
    if (!check.ok) return err(check.message);
    const entry: AppliedTransition = {
      orderId: order.id,
      action,
      from: order.status,
      to: check.to,
      at: at.toISOString(),
    };
    order.status = check.to;
    this.#log.push(entry);
    return ok(entry);
  }

  /** The customer asks for delivery of a preorder that waits at ready-for-delivery. */
  requestDelivery(id: number): 'requested' | 'missing' | 'not-waiting' {
    const found = this.lookup(id);
    if (found.kind === 'missing') return 'missing';
    const { order } = found;
    if (found.kind === 'foreign' || !order.isPreorder || order.status !== DELIVERY_REQUEST.from) {
      return 'not-waiting';
    }
    order.status = DELIVERY_REQUEST.to;
    return 'requested';
  }

  transitions(): AppliedTransition[] {
    return this.#log.map((t) => ({ ...t }));
  }
}
