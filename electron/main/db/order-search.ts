// Order search: the two FTS5 indexes over orders.search_text (migration 0020), its folded copy
// (migration 0160), and the match expressions for what the operator types.

import type { StationDb } from './connection.ts';
import { statement } from './statements.ts';
import { trigramFold } from './trigram-fold.ts';

/** Trigrams need 3 characters; shorter terms match word prefixes instead. */
const TRIGRAM_MIN = 3;

/**
 * Keeps both indexes and the folded text in step with orders.search_text. Every write of
 * search_text must go through this (orders are only written by a pull), since the indexes are not
 * maintained by triggers.
 */
export function searchIndexWriter(
  db: StationDb,
): (id: number, before: string | undefined, after: string) => void {
  const tables = ['orders_trigram', 'orders_words'].map((table) => ({
    add: statement(db, `INSERT INTO ${table} (rowid, search_text) VALUES (?, ?)`),
    remove: statement(db, `INSERT INTO ${table} (${table}, rowid, search_text) VALUES ('delete', ?, ?)`),
  }));
  const fold = statement(
    db,
    `INSERT INTO orders_search_folded (id, text) VALUES (?, ?)
      ON CONFLICT (id) DO UPDATE SET text = excluded.text`,
  );
  return (id, before, after) => {
    if (before === after) return;
    for (const { add, remove } of tables) {
      if (before !== undefined) remove.run(id, before);
      add.run(id, after);
    }
    fold.run(id, trigramFold(after));
  };
}

/** The terms of a search text: every one must match. */
export interface SearchTerms {
  /** 3+ characters: substrings of the search text (the trigram index). */
  long: string[];
  /** 1 or 2 characters: prefixes of its words (the word index). */
  short: string[];
}

export function searchTerms(text: string): SearchTerms {
  const terms = text.split(/\s+/u).filter((term) => /[\p{L}\p{N}]/u.test(term));
  return {
    long: terms.filter((term) => [...term].length >= TRIGRAM_MIN),
    short: terms.filter((term) => [...term].length < TRIGRAM_MIN),
  };
}

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

/** FTS5 match expressions for the terms. */
export function searchExpressions(terms: SearchTerms): { trigram: string | null; words: string | null } {
  return {
    trigram: terms.long.length > 0 ? terms.long.map(quote).join(' AND ') : null,
    words: terms.short.length > 0 ? terms.short.map((term) => `${quote(term)}*`).join(' AND ') : null,
  };
}

/** A long term as the trigram index folds it: its match in a folded text is `instr`. */
export function foldedTerm(term: string): string | null {
  const folded = trigramFold(term);
  // Folded below 3 characters it has no trigram: only the index itself says what it matches.
  return [...folded].length >= TRIGRAM_MIN ? folded : null;
}
