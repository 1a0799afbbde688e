// "Another API" for the settings tests: a raw HTTP server on 127.0.0.1 that records the path and the
// X-API-KEY header of every request that arrives, and either forwards it (with its body) to a simulator or answers
// the same canned reply every time (a 401, a captive portal's HTML page).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ArrivedRequest {
  path: string;
  apiKey: string | undefined;
}

export type RecordingAnswer = { forwardTo: string } | { status: number; contentType: string; body: string };

export interface RecordingApi {
  /** 'http://127.0.0.1:PORT/' */
  url: string;
  arrived: ArrivedRequest[];
  close(): Promise<void>;
}

export async function startRecordingApi(answer: RecordingAnswer): Promise<RecordingApi> {
  const arrived: ArrivedRequest[] = [];
  const server = createServer((req, res) => {
    const apiKey = req.headers['x-api-key'];
    arrived.push({ path: req.url ?? '', apiKey: Array.isArray(apiKey) ? apiKey.join(',') : apiKey });
    void reply(answer, req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    arrived,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A URL on which nothing listens any more. */
export async function deadApiUrl(): Promise<string> {
  const api = await startRecordingApi({ status: 500, contentType: 'text/plain', body: '' });
  await api.close();
  return api.url;
}

async function reply(answer: RecordingAnswer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if ('status' in answer) {
    res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body);
    return;
  }
  // Whatever prefix the station puts before the API's own path, the simulator serves it at its root.
  const path = req.url ?? '/';
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
  const upstream = await fetch(new URL(path.slice(Math.max(0, path.indexOf('/v1/'))), answer.forwardTo), {
    method: req.method ?? 'GET',
    headers: {
      'x-api-key': String(req.headers['x-api-key'] ?? ''),
      accept: 'application/json',
      ...(body ? { 'content-type': String(req.headers['content-type'] ?? 'application/json') } : {}),
    },
    ...(body ? { body } : {}),
  });
  res
    .writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/plain' })
    .end(await upstream.text());
}
