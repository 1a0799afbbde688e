// Deterministic fulfillment orders: same seed and count, byte-identical orders. All dates hang off a
// fixed epoch, never the clock, and all randomness comes from the seeded PRNG.
import type {
  WireFulfillmentOrder as FulfillmentOrder,
  WireLocationReference as LocationReference,
  TransactionType,
} from '../../../../shared/api/equipme.ts';
import { billingAddress, deliveryAddress } from './addresses.ts';
import type { Customer, Employee } from './customers.ts';
import { CUSTOMERS, employeesOf } from './customers.ts';
import {
  billOfMaterials,
  customerReference,
  deepFreeze,
  employeeReference,
  money,
  offerReference,
  pickOptions,
  serviceReference,
  shared,
} from './order-parts.ts';
import type { Prng } from './prng.ts';
import { createPrng, deriveSeed } from './prng.ts';
import { SERVICES } from './services.ts';
import { pickStatus } from './statuses.ts';
import type { Warehouse, WarehouseAgent } from './warehouses.ts';
import { WAREHOUSE_AGENTS, WAREHOUSES } from './warehouses.ts';

/** Orders are created in the 60 days before this instant. */
export const SEED_EPOCH = Date.UTC(2026, 10, 20);
const SPAN_MS = 60 * 24 * 3600 * 1000;
export const FIRST_ORDER_ID = 100_001;
const EMPLOYEES_PER_CUSTOMER = 40;

const TRANSACTION_WEIGHTS: readonly (readonly [TransactionType, number])[] = [
  ['order', 70],
  ['return', 10],
  ['change', 8],
  ['swap', 7],
  ['cancellation', 5],
];
const SHIPPING: ReadonlySet<TransactionType> = new Set(['order', 'change', 'swap']);
/** Laptops and phones dominate a workplace provider's volume. */
const SERVICE_WEIGHTS = SERVICES.map(
  (s) => [s, s.category === 'Laptops' ? 5 : s.category === 'Mobile' ? 3 : 2] as const,
);
const CUSTOMER_WEIGHTS = CUSTOMERS.map((c) => [c, c.weight] as const);

const PARTNER_NOTES = [
  '<b>Fragile</b> — call before delivery',
  'Please deliver to reception<br>Ask for <i>Frau Weiß</i>',
  '<p>Deliver <strong>before 10:00</strong>, the office closes early on Fridays.</p>',
  'Gate code 4711 &amp; ring twice',
  '<ul><li>Remove the old asset tag</li><li>Include a return label</li></ul>',
  'Leave with the neighbour at no. 12 if nobody is home.',
  'Nouvelle arrivée le 1er décembre — merci de livrer avant.',
  'Neue Mitarbeiterin, Start am Montag. Bitte Gerät vorkonfigurieren!',
  'Plain packaging please, no supplier logos on the box.',
];
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

interface SalesOrder {
  id: number;
  orderNumber: string;
  customerOrderNumber: string | null | undefined;
  created: string;
  customer: Customer;
  employee: Employee;
  /** Every line of a sales order goes to the same place. */
  delivery: NonNullable<FulfillmentOrder['deliveryAddress']>;
  transactionType: TransactionType;
  lines: number;
}

interface World {
  employees: ReadonlyMap<number, readonly Employee[]>;
  /** One reference per employee, shared by all their orders. */
  orderedBy: ReadonlyMap<number, FulfillmentOrder['orderedBy']>;
  billing: ReadonlyMap<number, FulfillmentOrder['billingAddress']>;
}

function buildWorld(seed: number): World {
  const people = createPrng(deriveSeed(seed, 1));
  const employees = new Map<number, readonly Employee[]>();
  const orderedBy = new Map<number, FulfillmentOrder['orderedBy']>();
  const billing = new Map<number, FulfillmentOrder['billingAddress']>();
  for (const customer of CUSTOMERS) {
    const staff = employeesOf(customer, people, EMPLOYEES_PER_CUSTOMER);
    employees.set(customer.id, staff);
    for (const employee of staff) orderedBy.set(employee.id, deepFreeze(employeeReference(employee)));
    billing.set(customer.id, deepFreeze(billingAddress(people, customer)));
  }
  return { employees, orderedBy, billing };
}

const isoSeconds = (ms: number): string => new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z');

function customerOrderNumber(prng: Prng): string | null | undefined {
  const roll = prng.next();
  if (roll < 0.12) return `PO-45${String(prng.int(0, 99_999_999)).padStart(8, '0')}`;
  if (roll < 0.22) return `REQ00${prng.int(10_000, 99_999)}`;
  if (roll < 0.3) return `BANF-2026-${String(prng.int(1, 9999)).padStart(4, '0')}`;
  if (roll < 0.4) return null;
  return undefined;
}

function nextSalesOrder(prng: Prng, world: World, serial: number, createdMs: number): SalesOrder {
  const customer = prng.weighted(CUSTOMER_WEIGHTS);
  const transactionType = prng.weighted(TRANSACTION_WEIGHTS);
  const employee = prng.pick(world.employees.get(customer.id) ?? []);
  const fullName = [employee.firstName, employee.lastName].filter(Boolean).join(' ');
  const recipient = { fullName, company: customer.name, country: employee.country };
  return {
    id: 880_000 + serial,
    orderNumber: `SO-2026-0${String(12_000 + serial).padStart(5, '0')}`,
    customerOrderNumber: customerOrderNumber(prng),
    created: isoSeconds(createdMs),
    customer,
    employee,
    delivery: deepFreeze(deliveryAddress(prng, recipient, 5_000_000 + serial)),
    transactionType,
    lines:
      transactionType === 'order'
        ? prng.weighted([
            [1, 7],
            [2, 2],
            [3, 1],
          ])
        : 1,
  };
}

function fulfillmentOrder(prng: Prng, world: World, sales: SalesOrder, id: number): FulfillmentOrder {
  const { customer, employee, transactionType } = sales;
  const ships = SHIPPING.has(transactionType);
  const service = prng.weighted(SERVICE_WEIGHTS);
  const isPreorder = ships && prng.chance(0.09);
  const status = pickStatus(prng, { transactionType, isPreorder, hasPhysicalItems: true });
  const kind = prng.chance(0.75) ? (customer.offerKinds[0] ?? 'rental') : prng.pick(customer.offerKinds);
  const offer = offerReference(service, kind, customer.currency);
  const options = prng.chance(0.3) ? pickOptions(prng, service, customer.currency) : [];
  const order: FulfillmentOrder = {
    id,
    transactionType,
    status,
    fulfillmentType: ships && prng.chance(0.15) ? 'dropshipping' : 'in-house',
    isPreorder,
    offer,
    service: serviceReference(service),
    order: {
      id: sales.id,
      orderNumber: sales.orderNumber,
      created: sales.created,
      self: { href: `/v1/sales/orders/${sales.id}` },
    },
    customer: customerReference(customer),
    orderedBy: world.orderedBy.get(employee.id) ?? employeeReference(employee),
    bomItems: billOfMaterials(prng, service, transactionType),
    totalRecurringPrice: money(
      options.reduce((sum, o) => sum + o.offer.recurringPrice, offer.recurringPrice),
    ),
    totalPurchasePrice: money(options.reduce((sum, o) => sum + o.offer.purchasePrice, offer.purchasePrice)),
    externalId: prng.chance(0.5) ? erpId(prng) : null,
    self: { href: `/v1/fulfillment/orders/${id}` },
  };
  if (sales.customerOrderNumber !== undefined) order.order.customerOrderNumber = sales.customerOrderNumber;
  if (options.length > 0) order.options = options;
  else if (prng.chance(0.3)) order.options = null;
  // A cancellation ships nothing, so often there is no delivery address at all.
  if (ships || transactionType === 'return' || prng.chance(0.4)) order.deliveryAddress = sales.delivery;
  const billing = world.billing.get(customer.id);
  if (billing && prng.chance(0.9)) order.billingAddress = billing;
  if (prng.chance(0.12)) order.partnerNote = prng.pick(PARTNER_NOTES);
  if (prng.chance(0.3)) {
    const provision = Date.parse(sales.created) + prng.int(3, 21) * 24 * 3600 * 1000;
    order.preferredProvisionDate = isoSeconds(provision - (provision % (24 * 3600 * 1000)));
  }
  if (transactionType !== 'order') {
    order.serviceInstance = {
      id: 3_000_000 + id,
      inventoryNumber: prng.chance(0.8) ? `INV-2025-${String(prng.int(1, 99_999)).padStart(5, '0')}` : null,
      costCenter: prng.pick(['CC-4100 IT', 'CC-2200 Sales', 'CC-3100 Finance', 'KST 8150 Vertrieb', null]),
      self: { href: `/v1/service-instances/${3_000_000 + id}` },
    };
  }
  if (transactionType === 'change') {
    order.targetServiceInstance = {
      id: 3_500_000 + id,
      service: serviceReference(service),
      metadata: [{ key: 'hostname', value: `NB-${customer.id}-${id % 10_000}`, scope: 'internal' }],
      self: { href: `/v1/service-instances/${3_500_000 + id}` },
    };
  }
  if (order.fulfillmentType === 'in-house') order.assignments = assignments(prng, employee.country, status);
  return order;
}

const locationReference = shared(
  (site: Warehouse) => site.id,
  (site): LocationReference => ({
    id: site.id,
    name: site.name,
    type: 'warehouse',
    self: { href: `/v1/locations/${site.id}` },
  }),
);

const agentReference = shared(
  (agent: WarehouseAgent) => agent.id,
  (agent): FulfillmentOrder['orderedBy'] => ({ ...agent, self: { href: `/v1/employees/${agent.id}` } }),
);

function assignments(
  prng: Prng,
  country: Employee['country'],
  status: FulfillmentOrder['status'],
): FulfillmentOrder['assignments'] {
  const serving = WAREHOUSES.filter((w) => w.serves.includes(country));
  const assignment: NonNullable<FulfillmentOrder['assignments']> = {
    location: locationReference(prng.pick(serving.length > 0 ? serving : WAREHOUSES)),
  };
  if (status !== 'new' && prng.chance(0.5)) assignment.employee = agentReference(prng.pick(WAREHOUSE_AGENTS));
  return assignment;
}

function erpId(prng: Prng): string {
  let id = 'ERP-';
  for (let i = 0; i < 8; i++) id += CROCKFORD.charAt(prng.int(0, CROCKFORD.length - 1));
  return id;
}

/**
 * `count` orders with ids from FIRST_ORDER_ID up, created in ascending order over 60 days.
 * Nested parts (customer, addresses, catalog references) are shared between orders and frozen:
 * copy an order deeply before changing anything below its top-level fields.
 */
export function generateOrders(seed: number, count: number): FulfillmentOrder[] {
  const world = buildWorld(seed);
  const prng = createPrng(deriveSeed(seed, 0));
  const step = SPAN_MS / Math.max(count, 1);
  const orders: FulfillmentOrder[] = [];
  let sales: SalesOrder | undefined;
  let linesLeft = 0;
  let serial = 0;
  for (let i = 0; i < count; i++) {
    if (!sales || linesLeft === 0) {
      const createdMs = SEED_EPOCH - SPAN_MS + Math.floor(i * step + prng.next() * step);
      sales = nextSalesOrder(prng, world, ++serial, createdMs);
      linesLeft = sales.lines;
    }
    orders.push(fulfillmentOrder(prng, world, sales, FIRST_ORDER_ID + i));
    linesLeft--;
  }
  return orders;
}
