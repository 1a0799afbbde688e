// Browser mode: the station UI in an ordinary browser. A Node HTTP server on 127.0.0.1 serves the
// built renderer and one WebSocket endpoint that speaks the IPC contract. Only a page that knows the
// per-launch secret and comes from this very origin gets the socket.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import {
  BROWSER_IPC_PATH,
  type EventFrame,
  SECRET_FRAGMENT_KEY,
} from '../../../shared/ipc/browser-protocol.ts';
import type { Station } from '../station/index.ts';
import { contentSecurityPolicy } from './csp.ts';
import { socketIpc } from './socket-ipc.ts';
import { resolveStaticFile } from './static-files.ts';

export interface BrowserHostOptions {
  station: Pick<Station, 'handlers' | 'events'>;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Default 0: any free port. */
  port?: number;
}

export interface BrowserHost {
  /** The page to open, secret included: http://127.0.0.1:PORT/#secret=… */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** No request of the contract comes near this; a bigger frame is not from our page. */
const MAX_FRAME_BYTES = 1024 * 1024;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = randomBytes(32).toString('base64url');
  const ipc = socketIpc(options.station.handlers);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  let origin = '';
  let csp = '';

  const server = createServer((request, response) => serveFile(request, response));
  server.on('upgrade', (request, socket, head) => {
    const refusal = refuseUpgrade(request);
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      ipc.serve(ws, { authenticated: true });
    });
  });
  const unsubscribe = options.station.events.on((event) => {
    const frame = JSON.stringify(event satisfies EventFrame);
    for (const client of sockets.clients) if (client.readyState === client.OPEN) client.send(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;
  csp = contentSecurityPolicy(origin);

  /** Why an upgrade is refused, as an HTTP status line, or null to accept it. */
  function refuseUpgrade(request: IncomingMessage): string | null {
    if (!fromHere(request)) return '403 Forbidden';
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname !== BROWSER_IPC_PATH) return '404 Not Found';
    // Another web page the browser has open would send its own Origin (or none).
    if (request.headers.origin !== origin) return '403 Forbidden';
    if (!secretMatches(url.searchParams.get(SECRET_FRAGMENT_KEY), secret)) return '401 Unauthorized';
    return null;
  }

  /** Only this machine, and only under the host name we serve (no DNS rebinding). */
  function fromHere(request: IncomingMessage): boolean {
    return request.socket.remoteAddress === HOST && request.headers.host === `${HOST}:${port}`;
  }

  function serveFile(request: IncomingMessage, response: ServerResponse): void {
    setSecurityHeaders(response, csp);
    if (!fromHere(request)) {
      plain(response, 403, 'Forbidden');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('Allow', 'GET, HEAD');
      plain(response, 405, 'Method Not Allowed');
      return;
    }
    const file = resolveStaticFile(options.rendererDir, request.url ?? '/');
    if (!file) {
      plain(response, 404, 'Not Found');
      return;
    }
    response.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.size });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file.path)
      .on('error', () => response.destroy())
      .pipe(response);
  }

  return {
    url: `${origin}/#${SECRET_FRAGMENT_KEY}=${secret}`,
    origin,
    async close() {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function secretMatches(given: string | null, secret: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function setSecurityHeaders(response: ServerResponse, csp: string): void {
  response.setHeader('Content-Security-Policy', csp);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Cache-Control', 'no-store');
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`${text}\n`);
}
