// The slip's language checked in what leaves the station, read with tools we did not write:
// poppler's pdftotext for the PDF, the independent ESC/POS reader for a receipt printer.
import { describe, expect, test } from 'vitest';
import { toEscPos } from '../../../electron/main/printing/escpos.ts';
import { toPdf } from '../../../electron/main/printing/pdf.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import type { SlipLanguage } from '../../../shared/domain/label/slip-language.ts';
import { SLIP_LANGUAGES } from '../../../shared/domain/label/slip-language.ts';
import { manyLinesOrder, plainOrder, SHIP_FROM } from '../../shared/label/orders.ts';
import { pdfToText } from './external-tools.ts';
import { tokenize } from './receipt-commands.ts';

const slip = (language: SlipLanguage, media: 'a4' | 'roll-80mm' = 'a4', order = plainOrder()) =>
  layoutPackingSlip(order, {
    media,
    dpi: media === 'a4' ? 300 : 203,
    shipFrom: SHIP_FROM,
    date: '2025-11-26',
    language,
  });

describe('a German packing slip', () => {
  test('pdftotext reads German fixed texts, and none of the English ones', async () => {
    const text = await pdfToText(await toPdf(slip('de')));
    for (const expected of [
      'LIEFERSCHEIN',
      'Bestelldatum',
      'Ihre Referenz',
      'LIEFERADRESSE',
      'Menge',
      'Artikelnummer',
      '2 Positionen, 2 Artikel insgesamt',
      'Bestellung SO-4711 · Seite 1 von 1',
    ]) {
      expect(text).toContain(expected);
    }
    for (const english of ['PACKING SLIP', 'SHIP TO', 'Part number', 'in total', 'Your reference']) {
      expect(text).not.toContain(english);
    }
  });

  test('a receipt printer gets the German words as printed text, no stray command', () => {
    const tokens = tokenize(toEscPos(slip('de', 'roll-80mm')).bytes, 'epson');
    expect(tokens.filter((t) => t.kind === 'unknown')).toEqual([]);
    const printed = Buffer.from(tokens.flatMap((t) => (t.kind === 'text' ? t.bytes : [0x0a]))).toString(
      'latin1',
    );
    for (const expected of ['LIEFERSCHEIN', 'LIEFERADRESSE', 'Artikelnummer', 'Positionen']) {
      expect(printed).toContain(expected);
    }
  });
});

describe('every slip language', () => {
  test('pdftotext finds each language’s page footer on a slip of several pages, and the Polish plural', async () => {
    const pages: Record<SlipLanguage, string> = {
      en: 'page 1 of',
      de: 'Seite 1 von',
      fr: 'page 1 sur',
      it: 'pagina 1 di',
      pl: 'strona 1 z',
      nb: 'side 1 av',
      nl: 'pagina 1 van',
      es: 'página 1 de',
    };
    for (const language of SLIP_LANGUAGES) {
      const text = (await pdfToText(await toPdf(slip(language, 'a4', manyLinesOrder(60))))).replace(
        /\s+/g,
        ' ',
      );
      expect(text, language).toContain(pages[language]);
    }
    const polish = await pdfToText(await toPdf(slip('pl')));
    expect(polish).toContain('LISTA PAKOWA');
    expect(polish).toContain('2 pozycje, łącznie 2 sztuki');
  });

  test('every fixed text prints on a receipt printer: nothing is replaced or clipped', () => {
    for (const language of SLIP_LANGUAGES) {
      const out = toEscPos(slip(language, 'roll-80mm'));
      expect(out.replaced, language).toEqual([]);
      expect(out.clipped, language).toEqual([]);
    }
  });
});
