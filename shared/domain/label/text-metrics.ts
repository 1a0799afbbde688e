// How wide text is, per character, in thousandths of the font size. One table for every target, so
// a line the layout says fits does fit everywhere: each width is the larger of DejaVu Sans and DejaVu
// Sans Bold (the PDF fonts), and never under 500, the cell of an ESC/POS font (12×24 dots, any
// magnification) and more than ZPL font 0 (a condensed face) needs. test/shared/label/text-metrics.test.ts
// checks the table against the TTF files.

/** [first code point, widths of it and the code points after it]. */
const RANGES: readonly (readonly [number, readonly number[]])[] = [
  [
    0x0020,
    [
      500, 500, 521, 838, 696, 1002, 873, 500, 500, 500, 523, 838, 500, 500, 500, 500, 696, 696, 696, 696,
      696, 696, 696, 696, 696, 696, 500, 500, 838, 838, 838, 581, 1000, 774, 763, 734, 831, 684, 684, 821,
      837, 500, 500, 775, 638, 996, 837, 851, 733, 851, 771, 721, 683, 813, 774, 1104, 771, 725, 726, 500,
      500, 500, 838, 500, 500, 675, 716, 593, 716, 679, 500, 716, 712, 500, 500, 666, 500, 1042, 712, 688,
      716, 716, 500, 596, 500, 712, 652, 924, 646, 652, 583, 712, 500, 712, 838,
    ],
  ],
  [
    0x00a0,
    [
      500, 500, 696, 696, 637, 696, 500, 500, 500, 1000, 564, 646, 838, 500, 1000, 500, 500, 838, 500, 500,
      500, 736, 637, 500, 500, 500, 564, 646, 1036, 1036, 1036, 581, 774, 774, 774, 774, 774, 774, 1085, 734,
      684, 684, 684, 684, 500, 500, 500, 500, 838, 837, 851, 851, 851, 851, 851, 838, 851, 813, 813, 813, 813,
      725, 738, 720, 675, 675, 675, 675, 675, 675, 1048, 593, 679, 679, 679, 679, 500, 500, 500, 500, 688,
      712, 688, 688, 688, 688, 688, 838, 688, 712, 712, 712, 712, 652, 716, 652, 774, 675, 774, 675, 774, 675,
      734, 593, 734, 593, 734, 593, 734, 593, 831, 716, 838, 716, 684, 679, 684, 679, 684, 679, 684, 679, 684,
      679, 821, 716, 821, 716, 821, 716, 821, 716, 837, 712, 974, 791, 500, 500, 500, 500, 500, 500, 500, 500,
      500, 500, 745, 686, 500, 500, 775, 666, 666, 638, 500, 638, 500, 638, 500, 638, 557, 643, 500, 837, 712,
      837, 712, 837, 712, 983, 837, 712, 851, 688, 851, 688, 851, 688, 1167, 1095, 771, 500, 771, 500, 771,
      500, 721, 596, 721, 596, 721, 596, 721, 596, 683, 500, 683, 500, 683, 500, 813, 712, 813, 712, 813, 712,
      813, 712, 813, 712, 813, 712, 1104, 924, 725, 652, 725, 726, 583, 726, 583, 726, 583, 500,
    ],
  ],
  [0x0218, [721, 596, 683, 500]],
  [0x2013, [500, 1000]],
  [0x2018, [500, 500, 500, 500, 658, 658, 658]],
  [0x2022, [640]],
  [0x20ac, [696]],
];

/** Characters outside the table (CJK, symbols): wide enough for a full-width glyph. */
export const FALLBACK_WIDTH = 1100;

/**
 * "…" is drawn as "..." where a code page lacks it (ESC/POS): three 500-wide cells, so the layout
 * keeps room for that.
 */
export const ELLIPSIS = '\u2026';
const ELLIPSIS_WIDTH = 1500;

const WIDTHS = new Map<number, number>();
for (const [start, widths] of RANGES) {
  widths.forEach((width, i) => {
    WIDTHS.set(start + i, width);
  });
}
WIDTHS.set(ELLIPSIS.codePointAt(0) ?? 0, ELLIPSIS_WIDTH);

/** Width of one character in thousandths of the font size. */
export function charWidth(char: string): number {
  return WIDTHS.get(char.codePointAt(0) ?? 0) ?? FALLBACK_WIDTH;
}

/** Width of `text` in dots at font size `size` (dots). */
export function textWidth(text: string, size: number): number {
  let units = 0;
  for (const char of text) units += charWidth(char);
  return (units * size) / 1000;
}

/** The characters the table knows (for the test against the font files). */
export function coveredCodePoints(): number[] {
  return [...WIDTHS.keys()];
}

/** How wide text prints on a target, in dots. Not linear in the size on every target (receipt cells). */
export interface TextMetrics {
  width(text: string, size: number, bold: boolean): number;
}

/**
 * The table above: never narrower than DejaVu (either weight) or an ESC/POS cell, so what fits here
 * fits on every target. Zebra labels (and the PNGs drawn from their ZPL) are measured with it: ZPL
 * font 0 is narrower and its exact metrics live in the printer.
 */
export const LABEL_METRICS: TextMetrics = { width: (text, size) => textWidth(text, size) };
