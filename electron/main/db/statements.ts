// Prepared statements kept per connection: better-sqlite3 compiles SQL on every `prepare`, which on
// the hot paths (enqueue, drain, pull) costs as much as the statement itself.
import type Database from 'better-sqlite3';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** The connection's statement for this SQL, compiled on first use. SQL text must be constant. */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let prepared = statements.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    statements.set(sql, prepared);
  }
  return prepared;
}
