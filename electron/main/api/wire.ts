// How a request reaches Equipme: through a fetch (Node's own or a test's), or through node:http(s) on
// a keep-alive agent. The sync engine's look and send go through the latter: per request it costs
// about a third of the CPU of fetch (no Request, Response, Headers or web streams to build), and on
// a drain the station's own CPU per request is the limit. Both hand back the same plain answer, and
// both reject with the socket's error code, which `errorFromFetchFailure` classifies.
import http from 'node:http';
import https from 'node:https';
import type { HttpMethod } from './api-error.ts';

export interface WireRequest {
  method: HttpMethod;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
  /** Called once the request's headers are on the wire. */
  onSent?: (() => void) | undefined;
}

export interface WireAnswer {
  status: number;
  /** Case-insensitive, as fetch's Headers. */
  headers: { get(name: string): string | null };
  /** The whole body, read under the request's signal. */
  text: string;
}

export type Wire = (request: WireRequest) => Promise<WireAnswer>;

/** Through a fetch; `redirect: 'manual'` hands a 3xx back, since following it would carry the key. */
export function fetchWire(send: typeof fetch): Wire {
  return async ({ method, url, headers, body, signal }) => {
    const init: RequestInit = { method, headers, signal, redirect: 'manual' };
    if (body !== undefined) init.body = body;
    const response = await send(url, init);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  };
}

const agents = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
};

/** Through node:http(s) on this process's keep-alive agents. A redirect is never followed. */
export const nodeWire: Wire = ({ method, url, headers, body, signal, onSent }) =>
  new Promise<WireAnswer>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const secure = url.protocol === 'https:';
    const request = (secure ? https : http).request(url, {
      method,
      headers,
      agent: secure ? agents.https : agents.http,
    });
    const abort = () => request.destroy(signal.reason instanceof Error ? signal.reason : undefined);
    signal.addEventListener('abort', abort, { once: true });
    const done = () => signal.removeEventListener('abort', abort);
    request.on('error', (error) => {
      done();
      reject(error);
    });
    if (onSent) request.on('finish', onSent);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      // A connection that closes mid-body ends in 'error' (ECONNRESET, "aborted"), never in 'end'.
      response.on('error', (error) => {
        done();
        reject(error);
      });
      // Destroyed by an abort after the headers: 'close' without 'end'.
      response.on('close', () => {
        if (response.complete) return;
        done();
        reject(
          Object.assign(new Error('the connection closed before the whole answer arrived'), {
            code: 'ECONNRESET',
          }),
        );
      });
      response.on('end', () => {
        done();
        const { headers: got } = response;
        resolve({
          status: response.statusCode ?? 0,
          headers: {
            get: (name) => {
              const value = got[name.toLowerCase()];
              return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
            },
          },
          // As fetch's text(): UTF-8, a byte-order mark dropped, broken sequences replaced.
          text: utf8.decode(Buffer.concat(chunks)),
        });
      });
    });
    request.end(body);
  });

const utf8 = new TextDecoder();
