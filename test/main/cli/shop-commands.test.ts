// The CLI and the shops: `station pull --source S` pulls a shop's simulator into the station
// database; every command that takes an order id also takes `S:id`; a status change of a shop order
// is refused in words, and a plain number stays Equipme's.
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect } from 'vitest';
import { getOrder, listAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { shopOrderKey } from '../../../electron/main/db/shop-orders.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { startEmporixSimulator } from '../../../electron/main/simulator/emporix/index.ts';
import { startMarketplaceSimulator } from '../../../electron/main/simulator/marketplace/index.ts';
import { station } from '../../fixtures/cli.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const sims: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(sims.splice(0).map((sim) => sim.close()));
});

describe('station pull --source', () => {
  test('pulls each shop into the station database; Equipme stays the default', async ({ db, dbFile }) => {
    const emporix = await startEmporixSimulator({ seed: 4, orders: 12 });
    const marketplace = await startMarketplaceSimulator({ seed: 4, orders: 12 });
    sims.push(emporix, marketplace);
    const x = await station(
      ['pull', '--source', 'emporix', '--url', emporix.url, '--account', emporix.tenant],
      {
        STATION_DB: dbFile,
        STATION_EMPORIX_SECRET: emporix.token,
      },
    );
    expect(x.stderr).toBe('');
    expect(x.code).toBe(0);
    expect(x.stdout).toMatch(/^pulled \d+ open orders? from emporix, 0 rejected, 0 closed\n$/);

    const m = await station(['pull', '--source', 'marketplace', '--json'], {
      STATION_DB: dbFile,
      STATION_MARKETPLACE_URL: marketplace.url,
      STATION_MARKETPLACE_ACCOUNT: marketplace.username,
      STATION_MARKETPLACE_SECRET: marketplace.password,
    });
    expect(m.code).toBe(0);
    const summary = JSON.parse(m.stdout) as { source: string; orders: number; complete: boolean };
    expect(summary).toMatchObject({ source: 'marketplace', complete: true });
    const first = marketplace.orders().find((order) => order.status.id === 1 && order.paid);
    expect(shopOrderKey(db, { source: 'marketplace', id: String(first?.id) })).not.toBeNull();

    const missing = await station(['pull', '--source', 'emporix'], { STATION_DB: dbFile });
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no emporix URL: pass --url or set STATION_EMPORIX_URL.');
    const unknown = await station(['pull', '--source', 'shopify'], { STATION_DB: dbFile });
    expect(unknown.stderr).toContain("unknown --source 'shopify' (equipme, marketplace, emporix)");
    const noApi = await station(['pull'], { STATION_DB: dbFile });
    expect(noApi.stderr).toContain('no Equipme API configured');
  });
});

describe('S:id where a command takes an order id', () => {
  test('print, outbox and transition resolve S:id; a shop order is never queued', async ({
    db,
    dbFile,
    dbDir,
  }) => {
    const emporix = await startEmporixSimulator({ seed: 4, orders: 12 });
    sims.push(emporix);
    const env = { STATION_DB: dbFile, STATION_OPERATOR: 'ana' };
    const pulled = await station(
      [
        'pull',
        '--source',
        'emporix',
        '--url',
        emporix.url,
        '--account',
        emporix.tenant,
        '--secret',
        emporix.token,
      ],
      env,
    );
    expect(pulled.code).toBe(0);
    const wire = emporix.orders().find((order) => order.status === 'CREATED');
    const ref = `emporix:${wire?.id}`;
    const key = shopOrderKey(db, { source: 'emporix', id: wire?.id ?? '' }) as number;
    expect(getOrder(db, key)?.effectiveStatus).toBe('new');
    upsertPulledOrders(db, [makeOrder({ id: 123, status: 'new' })], new Date());

    const refused = await station(['transition', ref, 'process'], env);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(
      /^station transition: This order comes from Emporix, which the station never sends status changes/,
    );
    expect(listOutbox(db, {})).toEqual([]);
    expect(getOrder(db, key)?.effectiveStatus).toBe('new');

    // A plain number (and equipme:N) is Equipme's order, queued as ever.
    expect((await station(['transition', '123', 'process'], env)).code).toBe(0);
    expect((await station(['transition', 'equipme:123', 'process'], env)).code).toBe(0);
    expect(listOutbox(db, {}).map((entry) => entry.orderId)).toEqual([123, 123]);

    const outbox = await station(['outbox', '--order', ref, '--json'], env);
    expect(outbox.code).toBe(0);
    expect(JSON.parse(outbox.stdout)).toEqual([]);

    // print resolves the key and prints the order's label into the folder printer.
    const added = await station(
      ['printers', '--add', 'PDF', '--kind', 'pdf-file', '--address', dbDir, '--default-label', 'PDF'],
      env,
    );
    expect(added.stderr).toBe('');
    const print = await station(['print', ref, '--json'], env);
    expect(print.stderr).toBe('');
    expect(JSON.parse(print.stdout)).toMatchObject({ orderId: key, kind: 'label', state: 'printed' });
    // The file is named after the shop and its own id: the negative station key is no name.
    const files = readdirSync(dbDir).filter((name) => name.endsWith('-label.pdf'));
    expect(files).toEqual([
      expect.stringMatching(new RegExp(`^[0-9a-f-]{36}-emporix-${wire?.id}-label\\.pdf$`)),
    ]);
    expect(files.some((name) => name.includes(String(key)))).toBe(false);

    const unknown = await station(['print', 'emporix:orderIdNOPE'], env);
    expect(unknown.stderr).toContain(
      "emporix order 'orderIdNOPE' is not in this station's cache: pull it first (station pull --source emporix).",
    );
    const badSource = await station(['transition', 'shop:1', 'process'], env);
    expect(badSource.stderr).toContain("unknown order source 'shop'");
    expect(listAudit(db, { limit: 50 }).some((row) => row.kind === 'shop-pull-completed')).toBe(true);
  });
});
