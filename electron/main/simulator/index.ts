// The embedded Equipme simulator: the demo backend shipped with the app and the test double for the
// API client and the sync engine.
import type { WireFulfillmentOrder as FulfillmentOrder } from '../../../shared/api/equipme.ts';
import type { Faults } from './faults.ts';
import { createFaultController, parseFaults, validateFaultsPatch } from './faults.ts';
import { withAbsoluteHrefs } from './links.ts';
import type { AppliedTransition } from './order-book.ts';
import { OrderBook } from './order-book.ts';
import { orderRoutes } from './routes/orders.ts';
import { salesRoutes } from './routes/sales.ts';
import { simRoutes } from './routes/sim.ts';
import { generateOrders } from './seed/generate-orders.ts';
import { startServer } from './server.ts';

export interface SimulatorOptions {
  port?: number;
  /** Default 1. */
  seed?: number;
  /** Orders of our own customers; default 500. */
  orders?: number;
  /** Default 'demo-key'. */
  apiKey?: string;
  faults?: Partial<Faults>;
}

export interface Simulator {
  /** 'http://127.0.0.1:PORT' */
  readonly url: string;
  readonly apiKey: string;
  faults(): Faults;
  setFaults(patch: Partial<Faults>): Faults;
  /** Copy of the applied-transitions log. */
  transitions(): AppliedTransition[];
  /** Current state, as served (absolute links); foreign orders included. */
  order(id: number): FulfillmentOrder | undefined;
  /** Ids of listable orders. */
  orderIds(): number[];
  foreignOrderIds(): number[];
  requestDelivery(id: number): boolean;
  reset(): void;
  close(): Promise<void>;
}

/** Faults passed in code are validated like those set over HTTP; a bad value is a programming error. */
function checkedFaults(patch: Partial<Faults>): Partial<Faults> {
  const checked = validateFaultsPatch(patch);
  if (!checked.ok) throw new TypeError(checked.error);
  return checked.value;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const seed = options.seed ?? 1;
  const apiKey = options.apiKey ?? 'demo-key';
  const book = new OrderBook(seed, options.orders ?? 500);
  const faults = createFaultController(checkedFaults(options.faults ?? {}), seed);
  const reset = (): void => {
    book.reset();
    faults.restore();
  };
  const server = await startServer(
    {
      apiKey,
      apiRoutes: [...orderRoutes(book), ...salesRoutes(book)],
      simRoutes: simRoutes({ book, faults, reset }),
      faults,
    },
    options.port ?? 0,
  );
  return {
    url: server.url,
    apiKey,
    faults: () => faults.current(),
    setFaults: (patch) => faults.set(checkedFaults(patch)),
    transitions: () => book.transitions(),
    order(id) {
      const found = book.lookup(id);
      return found.kind === 'missing' ? undefined : withAbsoluteHrefs(found.order, server.url);
    },
    orderIds: () => book.listable().map((o) => o.id),
    foreignOrderIds: () => book.foreignIds(),
    requestDelivery: (id) => book.requestDelivery(id) === 'requested',
    reset,
    close: () => server.close(),
  };
}

export { type AppliedTransition, type Faults, generateOrders, parseFaults };
