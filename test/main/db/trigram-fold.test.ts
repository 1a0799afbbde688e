// The trigram fold (db/trigram-fold.ts) against SQLite's own FTS5 trigram tokenizer, for every code
// point of the Basic Multilingual Plane and the planes' edges: a search that checks an order with
// `instr` on the folded text finds exactly what the trigram index finds.
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { trigramFold } from '../../../electron/main/db/trigram-fold.ts';

/** The trigrams FTS5 makes of each text (remove_diacritics 1, as orders_trigram), by text. */
function fts5Trigrams(texts: readonly string[]): string[][] {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram remove_diacritics 1');
    CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
  const insert = db.prepare('INSERT INTO t (rowid, x) VALUES (?, ?)');
  db.transaction(() => {
    for (const [index, text] of texts.entries()) insert.run(index + 1, text);
  })();
  const trigrams: string[][] = texts.map(() => []);
  const rows = db.prepare('SELECT term, doc FROM v ORDER BY doc, offset').all() as {
    term: string;
    doc: number;
  }[];
  for (const { term, doc } of rows) trigrams[doc - 1]?.push(term);
  db.close();
  return trigrams;
}

function windows(folded: string): string[] {
  const chars = [...folded];
  return chars.slice(0, Math.max(0, chars.length - 2)).map((_, i) => chars.slice(i, i + 3).join(''));
}

describe('the trigram fold', () => {
  test('folds every code point as FTS5 does, dropping what it drops', () => {
    const codes: number[] = [];
    for (let code = 1; code < 0x10000; code++) codes.push(code);
    for (let code = 0x10000; code < 0x10500; code++) codes.push(code);
    codes.push(0x1f600, 0x10fffd, 0x10ffff);
    // Between two letters: the one trigram shows the fold, or none when the code point is dropped.
    const texts = codes.map((code) => `x${String.fromCodePoint(code)}y`);
    const actual = fts5Trigrams(texts);
    const mismatches = texts.filter((text, i) => windows(trigramFold(text)).join() !== actual[i]?.join());
    expect(mismatches.map((text) => text.codePointAt(1)?.toString(16))).toEqual([]);
  });

  test('reads text as SQLite stores it: lone surrogates, combining marks, hostile strings', () => {
    const texts = [
      'Mu\u0308ller & Söhne',
      'ÉCOLE\u0301 élève',
      'a\uD800b\uDC00c',
      'ǅemal İstanbul ΣΊΣΥΦΟΣ',
      '<script>alert("x")</script>',
      'Ⅻ ⓐⓑⓒ ＡＢＣ 𐐀𐐁',
      'x'.repeat(5000),
    ];
    const actual = fts5Trigrams(texts);
    expect(texts.map((text) => windows(trigramFold(text)))).toEqual(actual);
  });
});
