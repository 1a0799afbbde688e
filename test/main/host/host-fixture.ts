// A browser host over a stub station (handlers from a table, events pushed by the test) and a
// renderer directory with a file beside it that must never be served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import WebSocket from 'ws';
import { type BrowserHost, startBrowserHost } from '../../../electron/main/host/index.ts';
import { createEventHub, type EventHub } from '../../../electron/main/station/station-events.ts';
import { type StubHandlers, stubHandlers } from '../ipc/stub-handlers.ts';

export interface HostFixtures {
  root: string;
  hub: EventHub;
  handlers: StubHandlers;
  host: BrowserHost;
}

export const hostTest = test.extend<HostFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  root: async ({}, use) => {
    const root = mkdtempSync(join(tmpdir(), 'packing-station-host-'));
    mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Packing Station</title>');
    writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1);');
    writeFileSync(join(root, 'renderer', 'assets', 'scanner.wasm'), Buffer.from([0, 97, 115, 109]));
    writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
    await use(root);
    rmSync(root, { recursive: true, force: true });
  },
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  hub: async ({}, use) => use(createEventHub()),
  // biome-ignore lint/correctness/noEmptyPattern: vitest reads a fixture's dependencies from this pattern
  handlers: async ({}, use) => use(stubHandlers()),
  host: async ({ root, hub, handlers }, use) => {
    const host = await startBrowserHost({
      station: { handlers, events: { on: hub.on } },
      rendererDir: join(root, 'renderer'),
    });
    await use(host);
    await host.close();
  },
});

export function secretOf(host: BrowserHost): string {
  return new URL(host.url).hash.replace('#secret=', '');
}

/** A raw GET with the path exactly as given (fetch would normalise `..` away). */
export function rawGet(
  origin: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens the IPC socket; resolves when open, rejects with the refusal's HTTP status. */
export function openSocket(url: string, origin: string | undefined): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => {
      reject(new Error(`refused with ${res.statusCode}`));
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

export function nextMessage(socket: WebSocket): Promise<unknown> {
  return new Promise((resolve) => socket.once('message', (data) => resolve(JSON.parse(data.toString()))));
}
