import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { statement } from '../../../electron/main/db/statements.ts';

describe('statement cache', () => {
  it('compiles a statement once per connection and keeps it working', () => {
    const a = new Database(':memory:');
    const b = new Database(':memory:');
    a.exec('CREATE TABLE t (x INTEGER)');
    b.exec('CREATE TABLE t (x INTEGER)');
    const insert = statement(a, 'INSERT INTO t (x) VALUES (?)');
    expect(statement(a, 'INSERT INTO t (x) VALUES (?)')).toBe(insert);
    expect(statement(b, 'INSERT INTO t (x) VALUES (?)')).not.toBe(insert);
    insert.run(1);
    // A schema change after compiling is picked up: SQLite re-prepares the statement itself.
    a.exec('ALTER TABLE t ADD COLUMN y TEXT');
    statement(a, 'INSERT INTO t (x) VALUES (?)').run(2);
    expect(statement(a, 'SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
    a.close();
    b.close();
  });
});
