// HTTP wiring: authentication, fault injection for API routes, routing, and writing replies with
// absolute links. Sockets are tracked so close() never waits on a keep-alive connection.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FaultController } from './faults.ts';
import { absoluteHrefs } from './links.ts';
import { problem, type Reply } from './reply.ts';
import { matchRoute, type Route } from './router.ts';

const MAX_BODY_BYTES = 1024 * 1024;
const SIM_PREFIX = '/_sim/';

export interface ServerParts {
  apiKey: string;
  /**
   * Checks a request's credentials, after faults and latency: a refusal to answer, or undefined to go
   * on. Unless given, the X-API-KEY header must be `apiKey` (Equipme's rule).
   */
  authorize?: (request: IncomingMessage, url: URL) => Reply | undefined;
  apiRoutes: readonly Route[];
  simRoutes: readonly Route[];
  faults: FaultController;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function write(response: ServerResponse, reply: Reply, origin: string): void {
  if (response.destroyed || response.headersSent) return;
  const headers: Record<string, string | number> = { ...reply.headers };
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  const text = JSON.stringify(reply.body, absoluteHrefs(origin));
  headers['content-type'] = 'application/json; charset=utf-8';
  headers['content-length'] = Buffer.byteLength(text);
  response.writeHead(reply.status, headers).end(text);
}

const SERVER_ERRORS = [
  [500, 'InternalServerError', 'Simulated internal server error.'],
  [502, 'BadGateway', 'Simulated bad gateway.'],
  [503, 'ServiceUnavailable', 'Simulated service unavailability.'],
] as const;

export async function startServer(parts: ServerParts, port: number): Promise<RunningServer> {
  const sockets = new Set<Socket>();
  const closing = new AbortController();
  let origin = '';

  /** Refused, throttled or failing: the faults that answer instead of the route. */
  function faultReply(): Reply | undefined {
    const faults = parts.faults.current();
    if (faults.unauthorized) return problem(401, 'Unauthorized', 'The API key has been revoked.');
    if (parts.faults.roll(faults.rate429)) {
      return {
        ...problem(429, 'TooManyRequests', 'Rate limit exceeded. Retry later.'),
        headers: { 'retry-after': '1' },
      };
    }
    if (parts.faults.roll(faults.error5xx)) {
      const [status, code, description] = parts.faults.pick(SERVER_ERRORS);
      return problem(status, code, description);
    }
    return undefined;
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const isApi = !url.pathname.startsWith(SIM_PREFIX);
    if (isApi && parts.faults.current().offline) {
      request.socket.destroy();
      return;
    }
    let body: string;
    try {
      body = await readBody(request);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        write(response, problem(413, 'PayloadTooLarge', 'Body exceeds 1 MiB.'), origin);
      } else {
        request.socket.destroy();
      }
      return;
    }
    const latency = parts.faults.current().latency;
    if (isApi && latency > 0) await sleep(latency, undefined, { signal: closing.signal });

    const refusal = parts.authorize
      ? parts.authorize(request, url)
      : request.headers['x-api-key'] !== parts.apiKey
        ? problem(401, 'Unauthorized', 'Missing or invalid X-API-KEY header.')
        : undefined;
    if (refusal) {
      write(response, refusal, origin);
      return;
    }
    const fault = isApi ? faultReply() : undefined;
    if (fault) {
      write(response, fault, origin);
      return;
    }
    const match = matchRoute(
      isApi ? parts.apiRoutes : parts.simRoutes,
      request.method ?? 'GET',
      url.pathname,
    );
    if (match.kind === 'no-route') {
      write(response, problem(404, 'NotFound', `No route for ${request.method} ${url.pathname}.`), origin);
      return;
    }
    if (match.kind === 'wrong-method') {
      const reply = problem(405, 'MethodNotAllowed', `${request.method} is not allowed on ${url.pathname}.`);
      write(response, { ...reply, headers: { allow: match.allow.join(', ') } }, origin);
      return;
    }
    const reply = match.handler({ params: match.params, query: url.searchParams, body, origin });
    // The change is in; the answer never leaves. The client cannot tell whether it landed.
    if (isApi && reply.applied && parts.faults.roll(parts.faults.current().dropAfterApply)) {
      request.socket.destroy();
      return;
    }
    write(response, reply, origin);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (closing.signal.aborted) return;
      const message = error instanceof Error ? error.message : String(error);
      write(response, problem(500, 'InternalServerError', message), origin);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closed: Promise<void> | undefined;
  return {
    url: origin,
    close: () => {
      closed ??= new Promise<void>((resolve, reject) => {
        closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closed;
    },
  };
}
