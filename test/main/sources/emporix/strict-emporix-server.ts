// A strict Emporix server for tests, written from the product owner's document alone (it shares no
// code with the station or its simulator): GET /order-v2/{tenant}/salesorders with pageNumber (the
// first page is 1), pageSize and sort in the document's forms, the saas-token "(Required)" on every
// request, and a bare array as the answer. The orders are plain values a test sets, served in the
// order given (the test decides what "sorted" means); a knob answers with raw bytes instead.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RawReply {
  status: number;
  contentType?: string;
  body: string;
}

export interface StrictEmporix {
  url: string;
  tenant: string;
  token: string;
  /** The tenant's orders, as the server will send them. */
  orders: unknown[];
  /** The next `times` requests get this answer instead. */
  answerRaw(reply: RawReply, times?: number): void;
  /** Path and query of every request, in order. */
  seen: string[];
  /** The saas-token of every request. */
  tokens: (string | undefined)[];
  close(): Promise<void>;
}

// "fieldName or fieldName:asc,fieldName:desc", "fieldName.language or fieldName.language:asc".
const SORT_PART = /^[A-Za-z]\w*(\.[A-Za-z]\w*)*(\.[a-z]{2}([-_][A-Za-z0-9]+)*)?(:(asc|desc))?$/;

function send(res: ServerResponse, reply: RawReply): void {
  res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'application/json' });
  res.end(reply.body);
}

const refuse = (res: ServerResponse, status: number, message: string) =>
  send(res, { status, body: JSON.stringify({ code: status, message }) });

/** A number in the document's sense: a whole number, from 1 for pageNumber ("the first page is 1"). */
function pageParam(value: string | null, fallback: number): number | undefined {
  if (value === null) return fallback;
  return /^[1-9]\d{0,6}$/.test(value) ? Number(value) : undefined;
}

export async function startStrictEmporix(
  tenant = 'strictshop',
  token = 'strict-saas-token',
): Promise<StrictEmporix> {
  const state = { orders: [] as unknown[], seen: [] as string[], tokens: [] as (string | undefined)[] };
  let raw: { reply: RawReply; times: number } | undefined;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://strict.invalid');
    state.seen.push(`${url.pathname}${url.search}`);
    const sent = req.headers['saas-token'];
    state.tokens.push(typeof sent === 'string' ? sent : undefined);
    if (sent !== token) return refuse(res, 401, 'Invalid or expired token.');
    if (raw && raw.times > 0) {
      raw.times--;
      return send(res, raw.reply);
    }
    if (req.method !== 'GET' || url.pathname !== `/order-v2/${tenant}/salesorders`) {
      return refuse(res, 404, 'Not found.');
    }
    const pageNumber = pageParam(url.searchParams.get('pageNumber'), 1);
    const pageSize = pageParam(url.searchParams.get('pageSize'), 16);
    if (pageNumber === undefined || pageSize === undefined) return refuse(res, 400, 'Bad paging.');
    const sort = url.searchParams.get('sort');
    if (sort !== null && !sort.split(',').every((part) => SORT_PART.test(part))) {
      return refuse(res, 400, 'Bad sort.');
    }
    const start = (pageNumber - 1) * pageSize;
    send(res, { status: 200, body: JSON.stringify(state.orders.slice(start, start + pageSize)) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tenant,
    token,
    get orders() {
      return state.orders;
    },
    set orders(value: unknown[]) {
      state.orders = value;
    },
    seen: state.seen,
    tokens: state.tokens,
    answerRaw: (reply, times = 1) => {
      raw = { reply, times };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The document's example answer: two orders, copied into docs/sources/emporix-api.md. */
export function documentExample(): Record<string, unknown>[] {
  const doc = readFileSync(new URL('../../../../docs/sources/emporix-api.md', import.meta.url), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc);
  if (!block?.[1]) throw new Error('docs/sources/emporix-api.md has no example answer');
  return JSON.parse(block[1]) as Record<string, unknown>[];
}

/** An order with only what the station needs. */
export function bareOrder(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    status: 'CREATED',
    entries: [{ amount: 1, product: { sku: 'mug-product', name: 'Mug' } }],
    ...extra,
  };
}
