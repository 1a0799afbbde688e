// A strict marketplace server written from the product owner's document alone ("Get list of orders"),
// sharing no code with the simulator: an auth_token from POST /api/v1/authenticate, the list refusing
// any `q` or `sort` the document does not define with 400, and answers a test shapes at will.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const FIELDS: Record<string, string[]> = {
  id: [':', '!:', '>', '>=', '<', '<=', '^~'],
  submit_date: [':', '>', '>=', '<', '<='],
  status: [':', '!:', '>', '>=', '<', '<='],
  paid: [':', '!:'],
};
const SORT_FIELDS = ['id', 'submit_date', 'total_amount'];

export interface StrictAnswer {
  status: number;
  headers?: Record<string, string>;
  /** Sent as is. */
  text: string;
}

export interface StrictServer {
  url: string;
  /** Every request: method, path and query, authorization header. */
  seen: { method: string; url: URL; authorization: string | undefined }[];
  /** What the list answers; the default is `orders` as one page with the document's headers. */
  list: (query: URLSearchParams) => StrictAnswer;
  login: () => StrictAnswer;
  /** Every token is refused after it is issued (a server that never accepts the station's session). */
  refuseTokens: boolean;
  close(): Promise<void>;
}

/** Whether `q` is a comma-separated list of documented `<field><operator><value>` criteria. */
export function strictFilter(q: string): boolean {
  return q.split(',').every((criterion) => {
    const field = Object.keys(FIELDS).find((name) => criterion.startsWith(name));
    if (!field) return false;
    const rest = criterion.slice(field.length);
    const operator = [...(FIELDS[field] ?? [])]
      .sort((a, b) => b.length - a.length)
      .find((op) => rest.startsWith(op));
    if (!operator) return false;
    const value = rest.slice(operator.length);
    if (value === '') return false;
    if (field === 'status') return /^[0-4]$/.test(value);
    if (field === 'paid') return /^[01]$/.test(value);
    if (field === 'submit_date') return !Number.isNaN(Date.parse(value));
    return true;
  });
}

function strictSort(sort: string): boolean {
  return sort.split(',').every((key) => SORT_FIELDS.includes(key.replace(/^[+-]/, '')));
}

export function jsonAnswer(body: unknown, headers: Record<string, string> = {}): StrictAnswer {
  return {
    status: 200,
    headers: { 'content-type': 'application/json', ...headers },
    text: JSON.stringify(body),
  };
}

/** One page holding every order, with X-page, X-per-page, X-pages and X-count. */
export function onePage(orders: unknown[]): (query: URLSearchParams) => StrictAnswer {
  return (query) => {
    const page = Number(query.get('page') ?? '1');
    const body = page === 1 ? orders : [];
    return jsonAnswer(body, {
      'x-page': String(page),
      'x-per-page': query.get('per_page') ?? '25',
      'x-pages': '1',
      'x-count': String(orders.length),
    });
  };
}

export async function startStrictServer(): Promise<StrictServer> {
  const tokens = new Set<string>();
  let issued = 0;
  const state: StrictServer = {
    url: '',
    seen: [],
    list: onePage([]),
    login: () => {
      const token = `strict-${++issued}`;
      tokens.add(token);
      return jsonAnswer({ auth_token: token });
    },
    refuseTokens: false,
    close: async () => {},
  };
  const send = (response: ServerResponse, answer: StrictAnswer) =>
    response.writeHead(answer.status, answer.headers ?? {}).end(answer.text);

  const server = createServer((request: IncomingMessage, response) => {
    request.resume();
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://strict.invalid');
      state.seen.push({ method: request.method ?? '', url, authorization: request.headers.authorization });
      if (request.method === 'POST' && url.pathname === '/api/v1/authenticate')
        return send(response, state.login());
      if (request.method !== 'GET' || url.pathname !== '/api/v1/orders') {
        return send(response, { status: 404, text: '' });
      }
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
      if (!token || !tokens.has(token) || state.refuseTokens)
        return send(response, { status: 401, text: '' });
      const q = url.searchParams.get('q');
      const sort = url.searchParams.get('sort');
      const integers = ['page', 'per_page'].every((name) => {
        const value = url.searchParams.get(name);
        return value === null || /^\d+$/.test(value);
      });
      if ((q !== null && !strictFilter(q)) || (sort !== null && !strictSort(sort)) || !integers) {
        return send(response, { status: 400, text: 'Bad Request Error' });
      }
      send(response, state.list(url.searchParams));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
