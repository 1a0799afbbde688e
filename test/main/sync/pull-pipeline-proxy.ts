// A proxy in its own process in front of the simulator. When a listing page request reaches it, it
// counts the orders the station has committed to its database so far: the station's main thread may
// be busy writing at that moment, this process is not. GET /_arrivals answers the counts.
// Usage: pull-pipeline-proxy.ts UPSTREAM_URL STATION_DB_FILE; prints {"url"} once it listens and
// stops when its stdin closes (the test process ended).
import { createServer } from 'node:http';
import Database from 'better-sqlite3';
import { openOrderIds } from '../../../electron/main/db/orders.ts';

const [upstream, dbFile] = process.argv.slice(2) as [string, string];
const arrivals: number[] = [];

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://proxy.invalid');
  if (url.pathname === '/_arrivals') {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(arrivals));
    return;
  }
  if (url.pathname === '/v1/fulfillment/orders' && url.searchParams.get('limit') !== '1') {
    const db = new Database(dbFile, { readonly: true, fileMustExist: true });
    arrivals.push(openOrderIds(db).length);
    db.close();
  }
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
  const answer = await fetch(new URL(`${url.pathname}${url.search}`, upstream), {
    method: request.method ?? 'GET',
    headers,
  });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (typeof address === 'object' && address)
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${address.port}` })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
