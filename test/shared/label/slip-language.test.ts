// The packing slip in the customer's language: every language Equipme lists, English otherwise, each
// plural in its language's form, and every slip still inside its boxes on every paper.
import { describe, expect, test } from 'vitest';
import salesSpec from '../../../shared/api/equipme-sales-orders-customers.openapi.json' with { type: 'json' };
import type { Dpi, MediaId } from '../../../shared/domain/label/media.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import { SLIP_LANGUAGES, slipLanguageOf, slipTexts } from '../../../shared/domain/label/slip-language.ts';
import { expectSound, textsOf } from './layout-checks.ts';
import { longOrder, manyLinesOrder, plainOrder, SHIP_FROM, sparseOrder } from './orders.ts';

const MEDIA: [MediaId, Dpi][] = [
  ['a4', 300],
  ['label-4x6', 203],
  ['roll-62mm', 203],
];

describe('the slip language of a customer', () => {
  test('every language of the sales spec is its own; anything else is English', () => {
    for (const language of SLIP_LANGUAGES) expect(slipLanguageOf(language)).toBe(language);
    expect(slipLanguageOf(' DE ')).toBe('de');
    for (const other of ['sv', 'de-DE', '', null, undefined, 42, { de: true }, 'nb\u0000']) {
      expect(slipLanguageOf(other)).toBe('en');
    }
  });

  test('the sales spec lists exactly these languages', () => {
    expect([...SLIP_LANGUAGES].sort()).toEqual([...salesSpec.components.schemas.Language.enum].sort());
  });
});

describe('a packing slip in each language', () => {
  test('German: every fixed text German, the data as it is', () => {
    const order = plainOrder();
    const layout = layoutPackingSlip(order, {
      media: 'a4',
      dpi: 300,
      shipFrom: SHIP_FROM,
      date: '2025-11-26',
      language: 'de',
    });
    expect(textsOf(layout, 'title')[0]?.lines).toEqual(['LIEFERSCHEIN']);
    expect(textsOf(layout, 'caption').map((t) => t.lines.join(' '))).toEqual([
      'Bestellung',
      'Bestelldatum',
      'Kunde',
      'Ihre Referenz',
      'Fulfillment-Auftrag',
      'Verpackt',
      'LIEFERADRESSE',
    ]);
    expect(textsOf(layout, 'table-header').map((t) => t.lines[0])).toEqual([
      'Menge',
      'Artikelnummer',
      'Produkt',
    ]);
    expect(textsOf(layout, 'totals')[0]?.lines).toEqual(['2 Positionen, 2 Artikel insgesamt']);
    expect(textsOf(layout, 'page-number')[0]?.lines).toEqual(['Bestellung SO-4711 · Seite 1 von 1']);
    expect(textsOf(layout, 'reference').map((t) => t.lines.join(' '))).toContain('PO-2025-118');
  });

  test('no language, or one we do not know, prints the English slip', () => {
    const english = layoutPackingSlip(plainOrder(), {
      media: 'a4',
      dpi: 300,
      shipFrom: SHIP_FROM,
      date: '2025-11-26',
    });
    const swedish = layoutPackingSlip(plainOrder(), {
      media: 'a4',
      dpi: 300,
      shipFrom: SHIP_FROM,
      date: '2025-11-26',
      language: slipLanguageOf('sv'),
    });
    expect(swedish).toEqual(english);
    expect(textsOf(english, 'title')[0]?.lines).toEqual(['PACKING SLIP']);
  });

  test('counts take their plural form: English, French (0 and 1 singular) and Polish (few and many)', () => {
    expect(slipTexts('en').totals(1, 1)).toBe('1 line, 1 item in total');
    expect(slipTexts('en').totals(2, 5)).toBe('2 lines, 5 items in total');
    expect(slipTexts('fr').totals(0, 1)).toBe('0 ligne, 1 article au total');
    expect(slipTexts('pl').totals(1, 1)).toBe('1 pozycja, łącznie 1 sztuka');
    expect(slipTexts('pl').totals(3, 22)).toBe('3 pozycje, łącznie 22 sztuki');
    expect(slipTexts('pl').totals(5, 12)).toBe('5 pozycji, łącznie 12 sztuk');
    expect(slipTexts('de').totals(1, 3)).toBe('1 Position, 3 Artikel insgesamt');
  });

  test('every language has its own words for every fixed text', () => {
    const english = slipTexts('en');
    for (const language of SLIP_LANGUAGES.filter((l) => l !== 'en')) {
      const texts = slipTexts(language);
      // Names that are the same word in English and this language.
      const shared = new Set(['product', 'order', 'fulfillment']);
      for (const key of [
        'title',
        'continued',
        'shipTo',
        'qty',
        'partNumber',
        'noItems',
        'customer',
        'packed',
      ] as const) {
        if (!shared.has(key)) expect(texts[key], `${language} ${key}`).not.toBe(english[key]);
      }
      expect(texts.page('SO-1', 1, 2)).not.toBe(english.page('SO-1', 1, 2));
      expect(texts.totals(2, 2)).not.toBe(english.totals(2, 2));
    }
  });

  for (const language of SLIP_LANGUAGES) {
    for (const [media, dpi] of MEDIA) {
      test(`${language} on ${media}: every slip stays on its pages, inside its boxes`, () => {
        for (const order of [plainOrder(), longOrder(), sparseOrder(), manyLinesOrder(30)]) {
          const layout = layoutPackingSlip(order, {
            media,
            dpi,
            shipFrom: SHIP_FROM,
            date: '2025-11-26',
            language,
          });
          expectSound(layout);
          expect(textsOf(layout, 'title')[0]?.lines.join(' ')).toBe(slipTexts(language).title);
        }
      });
    }
  }
});
