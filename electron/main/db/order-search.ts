// Order search: the two FTS5 indexes over orders.search_text (migration 0020) and the match
// expressions for what the operator types.

import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';

/** Trigrams need 3 characters; shorter terms match word prefixes instead. */
const TRIGRAM_MIN = 3;

/**
 * Keeps both indexes in step with orders.search_text. Every write of search_text must go through
 * this (orders are only written by a pull), since the indexes are not maintained by triggers.
 */
export function searchIndexWriter(
  db: StationDb,
): (id: number, before: string | undefined, after: string) => void {
  const tables = ['orders_trigram', 'orders_words'].map((table) => ({
    add: statement(db, `INSERT INTO ${table} (rowid, search_text) VALUES (?, ?)`),
    remove: statement(db, `INSERT INTO ${table} (${table}, rowid, search_text) VALUES ('delete', ?, ?)`),
  }));
  return (id, before, after) => {
    if (before === after) return;
    for (const { add, remove } of tables) {
      if (before !== undefined) remove.run(id, before);
      add.run(id, after);
    }
  };
}

/** FTS5 match expressions for the search text: every term must match. */
export function searchExpressions(text: string): { trigram: string | null; words: string | null } {
  const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
  const terms = text.split(/\s+/u).filter((term) => /[\p{L}\p{N}]/u.test(term));
  const long = terms.filter((term) => [...term].length >= TRIGRAM_MIN);
  const short = terms.filter((term) => [...term].length < TRIGRAM_MIN);
  return {
    trigram: long.length > 0 ? long.map(quote).join(' AND ') : null,
    words: short.length > 0 ? short.map((term) => `${quote(term)}*`).join(' AND ') : null,
  };
}
