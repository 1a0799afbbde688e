// Text from an order is data: every text line a layout holds is free of control and format characters,
// on every medium, for labels and packing slips, however hostile the order.
import { describe, expect, test } from 'vitest';
import type { TextItem } from '../../../shared/domain/label/label-layout.ts';
import { labelText, MAX_TEXT_LENGTH } from '../../../shared/domain/label/label-text.ts';
import { DPIS, MEDIA_IDS } from '../../../shared/domain/label/media.ts';
import { layoutPackingSlip } from '../../../shared/domain/label/packing-slip.ts';
import { layoutShippingLabel } from '../../../shared/domain/label/shipping-label.ts';
import { ELLIPSIS } from '../../../shared/domain/label/text-metrics.ts';
import { C0, C1, HTML, hostileOrder, INVISIBLE, SHIP_FROM, ZPL_COMMANDS } from './orders.ts';

const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}]/u;

describe('labelText', () => {
  test('controls become word breaks, invisible format characters go', () => {
    expect(labelText(`Main${C0}Street`)).toBe('Main Street');
    expect(labelText(`Main${C1}Street`)).toBe('Main Street');
    expect(labelText(`Ma${INVISIBLE}in`)).toBe('Main');
    expect(labelText('\u202eevil\u202c name')).toBe('evil name');
    expect(labelText('\ud800 lone')).toBe('lone');
  });

  test('composes letters and keeps HTML and ZPL as the plain text they are', () => {
    expect(labelText('Cafe\u0301')).toBe('Café');
    expect(labelText(HTML)).toBe(HTML);
    expect(labelText(ZPL_COMMANDS)).toBe(ZPL_COMMANDS);
  });

  test('a huge string is clipped with a visible ellipsis', () => {
    const clipped = labelText('😀'.repeat(10_000));
    expect([...clipped]).toHaveLength(MAX_TEXT_LENGTH + 1);
    expect(clipped.endsWith(`😀${ELLIPSIS}`)).toBe(true);
  });
});

describe('a hostile order on every medium', () => {
  for (const media of MEDIA_IDS) {
    for (const dpi of DPIS) {
      test(`${media} at ${dpi} dpi: no text line holds a control or format character`, () => {
        const ctx = { media, dpi, shipFrom: SHIP_FROM, date: '2025-11-26' };
        for (const layout of [
          layoutShippingLabel(hostileOrder(), ctx),
          layoutPackingSlip(hostileOrder(), ctx),
        ]) {
          const texts = layout.pages.flatMap((page) =>
            page.items.filter((item): item is TextItem => item.type === 'text'),
          );
          for (const line of texts.flatMap((item) => item.lines)) expect(line).not.toMatch(UNPRINTABLE);
          // The 10 000 characters of a product name are cut, visibly, and said to be.
          const cut = texts.filter((item) => item.truncated);
          expect(cut.length).toBeGreaterThan(0);
          for (const item of cut) expect(item.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
        }
      });
    }
  }
});
