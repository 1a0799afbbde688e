import { describe, expect, test } from 'vitest';
import { fitParagraphs, fitText, withEllipsis, wrapText } from '../../../shared/domain/label/text-fit.ts';
import { ELLIPSIS, textWidth } from '../../../shared/domain/label/text-metrics.ts';

const box = { width: 400, maxHeight: 200, size: 40, minSize: 20 };

describe('fitting text', () => {
  test('text that fits keeps its size and lines', () => {
    expect(fitText('Hauptstraße 1', box)).toEqual({
      size: 40,
      lineHeight: 48,
      lines: ['Hauptstraße 1'],
      truncated: false,
      cutLines: [],
    });
  });

  test('first it shrinks, down to the minimum size', () => {
    const text = 'Kurfürstendamm 123 Hinterhaus';
    const fitted = fitText(text, box);
    expect(fitted.size).toBeLessThan(40);
    expect(fitted.size).toBeGreaterThanOrEqual(20);
    expect(fitted.lines).toEqual([text]);
    expect(textWidth(text, fitted.size)).toBeLessThanOrEqual(400);
    expect(textWidth(text, fitted.size + 1)).toBeGreaterThan(400);
  });

  test('then it wraps at the minimum size', () => {
    const text = 'Zentraleinkauf Abteilung Informationstechnologie und Telekommunikation';
    const fitted = fitText(text, { ...box, maxLines: 4 });
    expect(fitted.size).toBe(20);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.join(' ')).toBe(text);
    expect(fitted.truncated).toBe(false);
    for (const line of fitted.lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(400);
  });

  test('then it cuts with a visible ellipsis and says so', () => {
    const text =
      'Zentraleinkauf Abteilung Informationstechnologie und Telekommunikation Gebäude 7 Obergeschoss 3';
    const fitted = fitText(text, { ...box, maxLines: 2 });
    expect(fitted.lines).toHaveLength(2);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines[1]?.endsWith(ELLIPSIS)).toBe(true);
    for (const line of fitted.lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(400);
  });

  test('it says which lines were cut: the paragraph cut in the middle, not the last line', () => {
    const fitted = fitParagraphs(
      ['Kurfürstendamm 123', 'Hinterhaus Aufgang C bei Familie Schmidt-Müller klingeln', '10115 Berlin'],
      { ...box, maxLines: 3 },
    );
    expect(fitted.truncated).toBe(true);
    expect(fitted.cutLines).toEqual([1]);
    expect(fitted.lines[1]?.endsWith(ELLIPSIS)).toBe(true);
    expect(fitted.lines.at(-1)).toBe('10115 Berlin');
  });

  test('a long hyphenated word breaks after its hyphens', () => {
    const street = 'Kurfürstin-Sophie-Charlotte-von-Braunschweig-Lüneburg-Allee 12';
    const lines = wrapText(street, 300, 20);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('-')).toBe(true);
    expect(lines.join('')).toBe(street);
  });

  test('a word longer than the box is broken, not lost', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänswitwe';
    expect(wrapText(word, 300, 20).join('')).toBe(word);
  });

  test('every paragraph keeps at least one line; spare lines go to the earlier ones', () => {
    const long = 'Zentraleinkauf Abteilung Informationstechnologie und Telekommunikation Gebäude 7';
    const fitted = fitParagraphs([long, 'Hauptstraße 1', '10115 Berlin'], { ...box, maxLines: 4 });
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(4);
    expect(fitted.lines.slice(-2)).toEqual(['Hauptstraße 1', '10115 Berlin']);
    expect(fitted.lines[1]?.endsWith(ELLIPSIS)).toBe(true);
  });

  test('the cut line continues the text exactly where the shown lines stopped', () => {
    const street = 'Kurfürstin-Sophie-Charlotte-von-Braunschweig-Lüneburg-Allee 1234a';
    const fitted = fitText(street, { width: 300, maxHeight: 200, size: 20, minSize: 20, maxLines: 2 });
    expect(fitted.truncated).toBe(true);
    const [first = '', second = ''] = fitted.lines;
    expect(street.startsWith(first + second.slice(0, -1))).toBe(true);
  });

  test('paragraphs that do not fit at all leave an ellipsis on the last line shown', () => {
    const fitted = fitParagraphs(['one', 'two', 'three', 'four'], { ...box, maxLines: 2 });
    expect(fitted.lines).toEqual(['one', `two${ELLIPSIS}`]);
    expect(fitted.truncated).toBe(true);
  });

  test('white space from the API is collapsed; empty paragraphs are skipped', () => {
    expect(fitParagraphs(['  Müller\tGmbH \n', '', '   '], box).lines).toEqual(['Müller GmbH']);
  });

  test('withEllipsis cuts to fit and leaves fitting text alone', () => {
    expect(withEllipsis('short', 400, 20)).toBe('short');
    const cut = withEllipsis('a rather long line of text that does not fit', 200, 20);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(textWidth(cut, 20)).toBeLessThanOrEqual(200);
  });
});
