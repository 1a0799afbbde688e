// Talks to a running simulator over real HTTP, the way the app's API client will.
import type { Simulator } from '../../../electron/main/simulator/index.ts';

export interface SimResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON body, undefined for an empty body. */
  json: unknown;
}

export function simClient(sim: Simulator) {
  async function call(method: string, path: string, body?: unknown, headers?: Record<string, string>) {
    const response = await fetch(`${sim.url}${path}`, {
      method,
      headers: { 'x-api-key': sim.apiKey, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const result: SimResponse = {
      status: response.status,
      headers: response.headers,
      text,
      json: text === '' ? undefined : JSON.parse(text),
    };
    return result;
  }
  return {
    call,
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    transition: (id: number, body: unknown) => call('POST', `/v1/fulfillment/orders/${id}/transitions`, body),
  };
}

export type SimClient = ReturnType<typeof simClient>;
