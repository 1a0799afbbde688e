import Database from 'better-sqlite3';
import { describe, expect } from 'vitest';
import type { StationDb } from '../../../electron/main/db/index.ts';
import {
  getOrder,
  getStationId,
  listAudit,
  openStationDb,
  queryOrders,
  StationDbError,
} from '../../../electron/main/db/index.ts';
import { MIGRATIONS } from '../../../electron/main/db/migrations/index.ts';
import { migrate, schemaVersion } from '../../../electron/main/db/migrations/runner.ts';
import { recordAppVersion } from '../../../electron/main/db/station.ts';
import { listOutbox } from '../../../electron/main/outbox/index.ts';
import { dbTest as test } from '../../fixtures/temp-db.ts';

const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

const SEARCH_TEXT = ['1', 'SO-1', 'EXT-1', 'Müller AG', '10115', 'LT-14'].join('\n');

/** Rows for every table that exists at `version`, written with that version's schema. */
function seed(db: StationDb, version: number): void {
  if (version >= 10) {
    db.prepare(
      `INSERT INTO orders (id, order_number, sales_order_id, external_id, server_status, effective_status,
         transaction_type, fulfillment_type, customer_id, customer_name, location_id, location_name,
         is_preorder, created_at, postal_code, country_code, part_numbers, search_text, json, pulled_at)
       VALUES (1, 'SO-1', 501, 'EXT-1', 'new', 'new', 'order', 'in-house', 40, 'Müller AG', 1, 'Main', 0,
         '2025-01-01T00:00:00.000Z', '10115', 'DE', '["LT-14"]', ?, '{"id":1}', '2025-01-02T00:00:00.000Z')`,
    ).run(SEARCH_TEXT);
  }
  if (version >= 20) {
    // The app indexes search text as it writes orders (no triggers).
    db.prepare('INSERT INTO orders_trigram (rowid, search_text) VALUES (1, ?)').run(SEARCH_TEXT);
    db.prepare('INSERT INTO orders_words (rowid, search_text) VALUES (1, ?)').run(SEARCH_TEXT);
  }
  if (version >= 30)
    db.prepare(`INSERT INTO station (key, value) VALUES ('stationId', 'station-seeded')`).run();
  if (version >= 40) {
    db.prepare(
      `INSERT INTO audit_log (at, station_id, operator, kind, order_id, outbox_entry_id, detail)
       VALUES ('2025-01-02T00:00:00.000Z', 'station-seeded', 'ana', 'pull-completed', NULL, NULL, '{}')`,
    ).run();
  }
  if (version >= 60) {
    db.prepare(
      `INSERT INTO outbox (id, order_id, action, status_before, expected_after, created_at, operator,
         station_id, state, next_attempt_at, updated_at)
       VALUES ('0190a000-0000-7000-8000-000000000001', 1, 'process', 'new', 'inprocess',
         '2025-01-02T00:00:00.000Z', 'ana', 'station-seeded', 'pending', '2025-01-02T00:00:00.000Z',
         '2025-01-02T00:00:00.000Z')`,
    ).run();
  }
}

function expectSeedSurvived(db: StationDb, version: number): void {
  if (version >= 10) {
    expect(getOrder(db, 1)).toMatchObject({
      orderNumber: 'SO-1',
      customerName: 'Müller AG',
      partNumbers: ['LT-14'],
    });
    // Orders cached before the search index existed are searchable too.
    const found = queryOrders(db, {
      text: 'muller',
      sort: { by: 'created', direction: 'asc' },
      limit: 10,
      offset: 0,
    });
    expect(found.rows.map((row) => row.id)).toEqual([1]);
  }
  if (version >= 30) expect(getStationId(db)).toBe('station-seeded');
  if (version >= 40)
    expect(listAudit(db, { limit: 10 }).map((record) => record.kind)).toEqual(['pull-completed']);
  if (version >= 60) expect(listOutbox(db).map((entry) => entry.action)).toEqual(['process']);
}

describe('migrations', () => {
  test('create the latest schema in an empty file', ({ dbFile }) => {
    const db = openStationDb(dbFile);
    expect(schemaVersion(db)).toBe(LATEST);
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'orders_%' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .pluck()
      .all();
    expect(tables).toEqual([
      'audit_log',
      'customers',
      'label_box_orders',
      'learned_barcodes',
      'orders',
      'outbox',
      'pick_counts',
      'print_jobs',
      'print_settings',
      'printers',
      'sales_orders',
      'settings',
      'shop_orders',
      'shop_packing_steps',
      'station',
      'sync_lease',
      'unknown_values_seen',
      'verification_overrides',
    ]);
    db.close();
  });

  test('versions are the file prefixes, in steps of 10', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => (index + 1) * 10));
  });

  for (const [index, { version }] of [{ version: 0 }, ...MIGRATIONS.slice(0, -1)].entries()) {
    test(`upgrade from version ${version} keeps the data`, ({ dbFile }) => {
      const old = new Database(dbFile);
      const partial = migrate(old, MIGRATIONS.slice(0, index));
      expect(partial).toEqual({ ok: true, value: { from: 0, to: version } });
      seed(old, version);
      old.close();

      const db = openStationDb(dbFile);
      expect(schemaVersion(db)).toBe(LATEST);
      expectSeedSurvived(db, version);
      db.close();
    });
  }

  test('reopening a migrated file is a no-op', ({ dbFile }) => {
    openStationDb(dbFile).close();
    const db = openStationDb(dbFile);
    expect(migrate(db, MIGRATIONS)).toEqual({ ok: true, value: { from: LATEST, to: LATEST } });
    db.close();
  });

  test('refuse a database written by a newer app', ({ dbFile }) => {
    const newer = new Database(dbFile);
    newer.pragma(`user_version = ${LATEST + 10}`);
    newer.close();

    expect(() => openStationDb(dbFile)).toThrow(StationDbError);
    try {
      openStationDb(dbFile);
    } catch (error) {
      expect(error).toMatchObject({ code: 'db-newer-than-app' });
      expect((error as Error).message).toBe(
        `The station's data was written by a newer Packing Station (database schema ${LATEST + 10}). ` +
          `This app knows schemas up to ${LATEST}, so it does not open the data: nothing was changed and nothing is lost. ` +
          'Install the newer Packing Station again to go on with this data.',
      );
    }
    const untouched = new Database(dbFile);
    expect(schemaVersion(untouched)).toBe(LATEST + 10);
    untouched.close();
  });

  test('a downgrade names the version that wrote the data and keeps it untouched', ({ dbFile }) => {
    const db = openStationDb(dbFile);
    recordAppVersion(db, '1.4.0');
    const tables = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    db.close();
    const newer = new Database(dbFile);
    newer.pragma(`user_version = ${LATEST + 10}`);
    newer.close();

    expect(() => openStationDb(dbFile, { appVersion: '1.3.0' })).toThrow(
      `The station's data was written by Packing Station 1.4.0 (database schema ${LATEST + 10}). ` +
        `This app (version 1.3.0) knows schemas up to ${LATEST}, so it does not open the data: nothing was changed and nothing is lost. ` +
        'Install Packing Station 1.4.0 or newer again to go on with this data.',
    );
    const kept = new Database(dbFile);
    expect(schemaVersion(kept)).toBe(LATEST + 10);
    expect(kept.prepare('SELECT count(*) FROM sqlite_schema').pluck().get()).toBe(tables);
    expect(kept.prepare(`SELECT value FROM station WHERE key = 'appVersion'`).pluck().get()).toBe('1.4.0');
    kept.close();
  });

  test('refuse a migration list that is not strictly increasing', () => {
    const db = new Database(':memory:');
    const noop = () => {};
    expect(() =>
      migrate(db, [
        { version: 10, name: 'a', up: noop },
        { version: 10, name: 'b', up: noop },
      ]),
    ).toThrow(/does not follow 10/);
    db.close();
  });

  test('a failing migration leaves the previous version intact', () => {
    const db = new Database(':memory:');
    const result = () =>
      migrate(db, [
        { version: 10, name: 'ok', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
        {
          version: 20,
          name: 'broken',
          up: (d) => {
            d.exec('CREATE TABLE b (x INTEGER) STRICT');
            d.exec('INSERT INTO missing VALUES (1)');
          },
        },
      ]);
    expect(result).toThrow(/no such table: missing/);
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare(`SELECT name FROM sqlite_schema WHERE name = 'b'`).get()).toBeUndefined();
    db.close();
  });
});
