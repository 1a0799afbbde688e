import type { StationDb } from '../connection.ts';
import { trigramFold } from '../trigram-fold.ts';

/**
 * Each order's search text as the trigram index folds it, in a narrow table of its own: a broad
 * search walks the open queue in sort order and checks each order with `instr` here, instead of
 * matching the trigram index for every one of its thousands of hits (orders' own rows are ~3 KB, so
 * the text is not read from there). orders.ts keeps it in step with orders.search_text; filled here
 * for the orders already cached.
 */
export function createFoldedSearchText(db: StationDb): void {
  db.exec('CREATE TABLE orders_search_folded (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO orders_search_folded (id, text) VALUES (?, ?)');
  const rows = db.prepare('SELECT id, search_text AS searchText FROM orders').all() as {
    id: number;
    searchText: string;
  }[];
  for (const { id, searchText } of rows) insert.run(id, trigramFold(searchText));
}
