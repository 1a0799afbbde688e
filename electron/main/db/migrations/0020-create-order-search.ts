import type { StationDb } from '../connection.ts';

/**
 * Full-text indexes over orders.search_text. Trigrams answer substring search (3+ characters); the
 * word index with 1- and 2-character prefixes answers shorter terms. Both fold case and diacritics.
 * orders.ts keeps them in step: FTS5 inside triggers flushes its index on every row, which made a
 * 50,000-order pull several times slower.
 */
export function createOrderSearch(db: StationDb): void {
  db.exec(`
    CREATE VIRTUAL TABLE orders_trigram USING fts5(
      search_text, content = 'orders', content_rowid = 'id',
      tokenize = 'trigram remove_diacritics 1'
    );
    CREATE VIRTUAL TABLE orders_words USING fts5(
      search_text, content = 'orders', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'
    );

    -- Index orders cached before this migration.
    INSERT INTO orders_trigram (orders_trigram) VALUES ('rebuild');
    INSERT INTO orders_words (orders_words) VALUES ('rebuild');
  `);
}
