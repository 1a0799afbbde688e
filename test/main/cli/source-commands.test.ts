// `station sources` and `station export` read the station database alone: the sources' settings and
// counts, and what was packed here per source, as CSV or JSON on stdout or in a file.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import { appendAudit, upsertPulledOrders } from '../../../electron/main/db/index.ts';
import { writeSettings } from '../../../electron/main/db/settings.ts';
import { shopOrderKeys } from '../../../electron/main/db/shop-orders.ts';
import { recordShopStep } from '../../../electron/main/db/shop-packing.ts';
import { FULFILLMENT_ACTIONS } from '../../../shared/api/equipme.ts';
import { station } from '../../fixtures/cli.ts';
import { makeOrder } from '../../fixtures/fulfillment-order.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const NOW = new Date('2026-12-02T08:00:00.000Z');

/** Two Equipme orders, three marketplace ones (two packed here, one on 1 December), one Emporix one. */
function seed(db: StationDb): void {
  upsertPulledOrders(
    db,
    [makeOrder({ id: 1, status: 'new' }), makeOrder({ id: 2, status: 'inprocess' })],
    NOW,
  );
  const keys = shopOrderKeys(db, 'marketplace', ['M-1', 'M-2', 'M-3']);
  const emporix = shopOrderKeys(db, 'emporix', ['orderId1']);
  upsertPulledOrders(
    db,
    [...keys.entries(), ...emporix.entries()].map(([id, key]) =>
      makeOrder({ id: key, orderNumber: `#${id}`, created: '2026-11-30T10:00:00.000Z', status: 'new' }),
    ),
    NOW,
  );
  const packed = (key: number | undefined, at: string, operator: string) =>
    recordShopStep(db, {
      orderKey: key as number,
      step: 'packed',
      status: 'ready-for-delivery',
      operator,
      at,
    });
  packed(keys.get('M-1'), '2026-11-30T16:00:00.000Z', 'Anna');
  packed(keys.get('M-2'), '2026-12-01T09:30:00.000Z', '=cmd|calc');
  writeSettings(
    db,
    {
      apiUrl: 'https://api.equipme.example/v1',
      'source.marketplace': {
        enabled: true,
        url: null,
        account: 'station',
        credential: { sealed: 'c2VhbGVk', origin: null },
        pollIntervalSeconds: 60,
      },
    },
    NOW,
  );
  appendAudit(db, {
    at: NOW,
    stationId: 's',
    operator: null,
    kind: 'pull-completed',
    detail: { orders: 2, rejected: 0, closed: 0, conflicts: [] },
  });
}

describe('station sources', () => {
  test('lists each source with its state, place, last pull and counts; never a secret', async ({
    db,
    dbFile,
  }) => {
    seed(db);
    const json = await station(['sources', '--json'], { STATION_DB: dbFile });
    expect(json).toMatchObject({ code: 0, stderr: '' });
    expect(json.stdout).not.toContain('c2VhbGVk');
    expect(JSON.parse(json.stdout)).toEqual([
      {
        source: 'equipme',
        enabled: true,
        transitions: [...FULFILLMENT_ACTIONS],
        url: 'https://api.equipme.example/v1',
        account: null,
        pollIntervalSeconds: 300,
        openOrders: 2,
        packedHere: 0,
        lastPull: { at: NOW.toISOString(), orders: 2, rejected: 0, closed: 0 },
      },
      {
        source: 'marketplace',
        enabled: true,
        transitions: [],
        url: null,
        account: 'station',
        pollIntervalSeconds: 60,
        openOrders: 3,
        packedHere: 2,
        lastPull: null,
      },
      {
        source: 'emporix',
        enabled: false,
        transitions: [],
        url: null,
        account: '',
        pollIntervalSeconds: 60,
        openOrders: 1,
        packedHere: 0,
        lastPull: null,
      },
    ]);
    const table = await station(['sources'], { STATION_DB: dbFile });
    expect(table.code).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^SOURCE\s+STATE\s+CAPABILITIES\s+OPEN\s+PACKED\s+LAST PULL\s+WHERE$/);
    expect(lines[1]).toMatch(
      /^Equipme\s+on\s+sends status changes\s+2\s+0\s+2026-12-02T08:00:00.000Z \(2 orders\)\s+https:\/\/api/,
    );
    expect(lines[2]).toMatch(/^Marketplace\s+on\s+read-only\s+3\s+2\s+none recorded\s+built-in simulator$/);
    expect(lines[3]).toMatch(/^Emporix\s+off\s+read-only\s+1\s+0\s+none recorded\s+built-in simulator$/);
  });

  test('needs a station database', async () => {
    const run = await station(['sources'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--db PATH or set STATION_DB/);
  });
});

describe('station export', () => {
  test('writes CSV to stdout by default, a spreadsheet cannot run a cell', async ({ db, dbFile }) => {
    seed(db);
    const run = await station(['export', '--source', 'marketplace', '--since', '2026-12-01'], {
      STATION_DB: dbFile,
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      '\uFEFFsource,order_id,order_number,packed_at,operator,parcels,label_reprints,handed_to_carrier_at\r\n' +
        "marketplace,M-2,#M-2,2026-12-01T09:30:00.000Z,'=cmd|calc,0,0,\r\n",
    );
  });

  test('writes JSON into a file and says how many orders', async ({ db, dbFile, dbDir }) => {
    seed(db);
    const out = join(dbDir, 'packed.json');
    const run = await station(
      ['export', '--source', 'marketplace', '--since', '2026-11-30', '--format', 'json', '--out', out],
      { STATION_DB: dbFile },
    );
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toBe(`2 orders packed written to ${out}\n`);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.orders.map((row: { orderId: string }) => row.orderId)).toEqual(['M-1', 'M-2']);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  test('says what is wrong with its flags', async ({ db, dbFile }) => {
    seed(db);
    const env = { STATION_DB: dbFile };
    const cases: [string[], RegExp][] = [
      [['export', '--since', '2026-12-01'], /name the source with --source/],
      [['export', '--source', 'amazon', '--since', '2026-12-01'], /unknown source 'amazon'/],
      [['export', '--source', 'emporix'], /--since YYYY-MM-DD/],
      [['export', '--source', 'emporix', '--since', '1/12/2026'], /is not a date/],
      [
        ['export', '--source', 'emporix', '--since', '2026-12-01', '--format', 'xlsx'],
        /unknown format 'xlsx'/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await station(argv, env);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain('usage: station export');
    }
    const unwritable = await station(
      ['export', '--source', 'emporix', '--since', '2026-12-01', '--out', join(dbFile, 'no', 'such.csv')],
      env,
    );
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toMatch(/cannot write .*such\.csv \(ENOTDIR\): pick another --out/);
  });
});
