// The embedded marketplace simulator, built from the product owner's document: a login that issues
// bearer tokens, the order list with every documented filter, sort and paging header, seeded orders,
// and the shared fault knobs plus token expiry. Tests change orders between pages through the handle.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createFaultController } from '../faults.ts';
import { json, parseJsonBody, problem, type Reply } from '../reply.ts';
import type { Handler, Route } from '../router.ts';
import { startServer } from '../server.ts';
import { type MarketplaceFaults, validateMarketplaceFaults } from './faults.ts';
import { listOrders } from './listing.ts';
import { type MarketplaceWireOrder, seedOrders } from './seed.ts';

export interface MarketplaceSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  seed?: number;
  /** How many orders to seed; 60 unless said. */
  orders?: number;
  faults?: Partial<MarketplaceFaults>;
  username?: string;
  password?: string;
  /** The most orders one page holds, whatever per_page asks; 100 unless said. */
  maxPerPage?: number;
}

export interface MarketplaceSimulator {
  url: string;
  readonly username: string;
  readonly password: string;
  close(): Promise<void>;
  setFaults(patch: Partial<MarketplaceFaults>): MarketplaceFaults;
  faults(): MarketplaceFaults;
  /** Every token issued so far answers 401 from now on. */
  expireTokens(): void;
  /** The orders served, in seed order (copies). */
  orders(): MarketplaceWireOrder[];
  /** Changes one order as the shop would (shipped, cancelled, paid); false when there is none. */
  updateOrder(id: number, change: Partial<MarketplaceWireOrder>): boolean;
  addOrder(order: MarketplaceWireOrder): void;
  /** Logins answered with a token. */
  readonly logins: number;
}

const ORDERS = /^\/api\/v1\/orders$/;
const AUTHENTICATE = /^\/api\/v1\/authenticate$/;

export async function startMarketplaceSimulator(
  options: MarketplaceSimulatorOptions = {},
): Promise<MarketplaceSimulator> {
  const seed = options.seed ?? 1;
  const username = options.username ?? 'station';
  const password = options.password ?? 'demo-password';
  const maxPerPage = options.maxPerPage ?? 100;
  const orders = seedOrders(seed, options.orders ?? 60);
  const { tokenLifetime = 0, ...shared } = options.faults ?? {};
  const faults = createFaultController(shared, seed);
  let lifetime = tokenLifetime;
  /** Token → requests it may still serve (Infinity: no limit). */
  const tokens = new Map<string, number>();
  let logins = 0;

  function authenticate(body: string): Reply {
    const parsed = parseJsonBody(body);
    if (!parsed.ok) return parsed.error;
    const login = parsed.value as { username?: unknown; password?: unknown } | undefined;
    if (typeof login?.username !== 'string' || typeof login.password !== 'string') {
      return problem(400, 'BadRequest', 'The body must be {"username": string, "password": string}.');
    }
    if (login.username !== username || login.password !== password) {
      return problem(401, 'Unauthorized', 'Unknown user name or wrong password.');
    }
    const token = randomBytes(24).toString('base64url');
    tokens.set(token, lifetime > 0 ? lifetime : Number.POSITIVE_INFINITY);
    logins++;
    return json(200, { auth_token: token });
  }

  /** The bearer token must be one this simulator issued and that has requests left. */
  function authorize(request: IncomingMessage, url: URL): Reply | undefined {
    if (url.pathname.startsWith('/_sim/') || AUTHENTICATE.test(url.pathname)) return undefined;
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const left = token === undefined ? undefined : tokens.get(token);
    if (token === undefined || left === undefined || left <= 0) {
      return problem(401, 'Unauthorized', 'Missing, unknown or expired auth_token.');
    }
    tokens.set(token, left - 1);
    return undefined;
  }

  const list: Handler = ({ query }) => listOrders(orders, query, maxPerPage);
  const login: Handler = ({ body }) => authenticate(body);
  const current = (): MarketplaceFaults => ({ ...faults.current(), tokenLifetime: lifetime });
  const readFaults: Handler = () => json(200, current());
  const changeFaults: Handler = ({ body }) => {
    const parsed = parseJsonBody(body);
    if (!parsed.ok) return parsed.error;
    const patch = validateMarketplaceFaults(parsed.value);
    if (!patch.ok) return problem(400, 'InvalidFaults', patch.error);
    return json(200, setFaults(patch.value));
  };
  const apiRoutes: Route[] = [
    { pattern: AUTHENTICATE, methods: { POST: login } },
    { pattern: ORDERS, methods: { GET: list } },
  ];
  const simRoutes: Route[] = [
    { pattern: /^\/_sim\/faults$/, methods: { GET: readFaults, POST: changeFaults } },
  ];

  function setFaults(patch: Partial<MarketplaceFaults>): MarketplaceFaults {
    const { tokenLifetime: nextLifetime, ...rest } = patch;
    faults.set(rest);
    if (nextLifetime !== undefined) lifetime = nextLifetime;
    return current();
  }

  const server = await startServer(
    { apiKey: '', authorize, apiRoutes, simRoutes, faults },
    options.port ?? 0,
  );
  return {
    url: server.url,
    username,
    password,
    close: server.close,
    setFaults,
    faults: current,
    expireTokens() {
      for (const token of tokens.keys()) tokens.set(token, 0);
    },
    orders: () => structuredClone(orders),
    updateOrder(id, change) {
      const index = orders.findIndex((order) => order.id === id);
      const order = orders[index];
      if (!order) return false;
      orders[index] = { ...order, ...structuredClone(change) };
      return true;
    },
    addOrder(order) {
      orders.push(structuredClone(order));
    },
    get logins() {
      return logins;
    },
  };
}
