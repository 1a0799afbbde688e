import type { StationDb } from '../connection.ts';

/** The queue's rule for "still to do" (order-queries.ts NOT_FINISHED), for the partial indexes. */
const OPEN = `closed = 0 AND effective_status NOT IN ('processed', 'cancelled')`;
/** What a queue filter reads, so a search checks its hits without reading the wide order rows. */
const FILTERED = 'effective_status, transaction_type, location_id, is_preorder';

/**
 * Search at 50,000 orders reads indexes, not order rows (each row, with its JSON, fills most of a
 * page, so a broad search that read every hit's row read thousands of pages):
 * - `orders_queue_by_id` answers, for a search hit's id, everything the queue filters and sorts on;
 * - the open queue in each sort order (id as the tie-breaker) with the filter columns: a broad
 *   search walks it and stops after one page of hits.
 * The search indexes are rebuilt without what the search never reads: column sizes (no ranking),
 * and, for the word index that only answers one-token prefix queries, positions (`detail=none`).
 */
export function createQueueSearchIndexes(db: StationDb): void {
  db.exec(`
    CREATE INDEX orders_queue_by_id ON orders
      (id, closed, ${FILTERED}, created_at, order_number, customer_name);
    DROP INDEX orders_open_by_created;
    CREATE INDEX orders_open_by_created ON orders (created_at, id, ${FILTERED}) WHERE ${OPEN};
    CREATE INDEX orders_open_by_order_number ON orders (order_number, id, ${FILTERED}) WHERE ${OPEN};
    CREATE INDEX orders_open_by_customer ON orders (customer_name, id, ${FILTERED}) WHERE ${OPEN};

    DROP TABLE orders_trigram;
    DROP TABLE orders_words;
    CREATE VIRTUAL TABLE orders_trigram USING fts5(
      search_text, content = 'orders', content_rowid = 'id',
      tokenize = 'trigram remove_diacritics 1', columnsize = 0
    );
    CREATE VIRTUAL TABLE orders_words USING fts5(
      search_text, content = 'orders', content_rowid = 'id',
      tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2', columnsize = 0, detail = none
    );
    INSERT INTO orders_trigram (orders_trigram) VALUES ('rebuild');
    INSERT INTO orders_words (orders_words) VALUES ('rebuild');
  `);
}
