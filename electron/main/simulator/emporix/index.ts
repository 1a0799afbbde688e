// The embedded Emporix simulator: the `order-v2` tenant sales orders of the document behind the
// saas-token check, with the Equipme simulator's fault knobs (latency, 5xx, 429, token expiry as
// `unauthorized`, offline). Read-only like the source; tests add and remove orders between pages.
import { createFaultController, type Faults, validateFaultsPatch } from '../faults.ts';
import { problem } from '../reply.ts';
import { startServer } from '../server.ts';
import { emporixRoutes } from './routes.ts';
import { type EmporixOrderJson, generateEmporixOrders } from './seed.ts';

export interface EmporixSimulatorOptions {
  port?: number;
  /** Default 1. */
  seed?: number;
  /** Default 60. */
  orders?: number;
  /** Default 'demoshop'. */
  tenant?: string;
  /** The saas-token it accepts; default 'demo-saas-token'. */
  token?: string;
  faults?: Partial<Faults>;
}

export interface EmporixSimulator {
  /** 'http://127.0.0.1:PORT' */
  readonly url: string;
  readonly tenant: string;
  readonly token: string;
  faults(): Faults;
  setFaults(patch: Partial<Faults>): Faults;
  /** The orders as served, in the order they were added. */
  orders(): EmporixOrderJson[];
  /** A new order in the shop (a test's order placed while a pull runs). */
  addOrder(order: EmporixOrderJson): void;
  removeOrder(id: string): boolean;
  close(): Promise<void>;
}

function checkedFaults(patch: Partial<Faults>): Partial<Faults> {
  const checked = validateFaultsPatch(patch);
  if (!checked.ok) throw new TypeError(checked.error);
  return checked.value;
}

export async function startEmporixSimulator(
  options: EmporixSimulatorOptions = {},
): Promise<EmporixSimulator> {
  const seed = options.seed ?? 1;
  const tenant = options.tenant ?? 'demoshop';
  const token = options.token ?? 'demo-saas-token';
  let orders = generateEmporixOrders(seed, options.orders ?? 60);
  const faults = createFaultController(checkedFaults(options.faults ?? {}), seed);

  const routes = emporixRoutes({ tenant, orders: () => orders });
  const server = await startServer(
    {
      apiKey: token,
      // Emporix reads its token from the saas-token header.
      authorize: (request) =>
        request.headers['saas-token'] === token
          ? undefined
          : problem(401, 'Unauthorized', 'Missing or invalid saas-token header.'),
      apiRoutes: routes,
      simRoutes: [],
      faults,
    },
    options.port ?? 0,
  );
  return {
    url: server.url,
    tenant,
    token,
    faults: () => faults.current(),
    setFaults: (patch) => faults.set(checkedFaults(patch)),
    orders: () => structuredClone(orders),
    addOrder(order) {
      orders = [...orders, structuredClone(order)];
    },
    removeOrder(id) {
      const before = orders.length;
      orders = orders.filter((order) => order.id !== id);
      return orders.length < before;
    },
    close: () => server.close(),
  };
}

export { generateEmporixOrders };
