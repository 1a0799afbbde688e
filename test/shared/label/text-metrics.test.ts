// The width table must hold for every target: at least DejaVu Sans and DejaVu Sans Bold (measured here
// with pdfkit from the TTF files the PDF embeds) and at least one ESC/POS cell (half the font size).
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, test } from 'vitest';
import {
  charWidth,
  coveredCodePoints,
  ELLIPSIS,
  FALLBACK_WIDTH,
  textWidth,
} from '../../../shared/domain/label/text-metrics.ts';

const require = createRequire(import.meta.url);
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

describe('text metrics', () => {
  test('no covered character is narrower in DejaVu Sans (regular or bold) than the table says', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    for (const font of fonts) {
      doc.font(font).fontSize(1000);
      for (const codePoint of coveredCodePoints()) {
        const char = String.fromCodePoint(codePoint);
        expect(charWidth(char), `${char} in ${font}`).toBeGreaterThanOrEqual(doc.widthOfString(char) - 0.5);
      }
    }
  });

  test('every character takes at least an ESC/POS cell (half the font size)', () => {
    for (const codePoint of coveredCodePoints())
      expect(charWidth(String.fromCodePoint(codePoint))).toBeGreaterThanOrEqual(500);
  });

  test('"…" leaves room for the "..." a code page without it prints', () => {
    expect(charWidth(ELLIPSIS)).toBe(1500);
  });

  test('unknown characters are measured wide; widths scale with the size', () => {
    expect(charWidth('中')).toBe(FALLBACK_WIDTH);
    expect(textWidth('Aa', 20)).toBeCloseTo((charWidth('A') + charWidth('a')) / 50);
  });
});
