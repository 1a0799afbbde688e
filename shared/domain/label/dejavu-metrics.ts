// The PDF's own text metrics: DejaVu Sans for regular text, DejaVu Sans Bold for bold, advance widths
// exactly as pdfkit lays them out with kerning and ligatures off (pdf.ts draws that way), so a line
// the layout measured is exactly as wide in the PDF.
import { DEJAVU_UNITS_PER_EM, DEJAVU_WIDTHS } from './dejavu-widths.ts';
import { FALLBACK_WIDTH, type TextMetrics } from './text-metrics.ts';

function table(ranges: readonly (readonly [number, string])[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [start, list] of ranges) {
    list.split(',').forEach((width, i) => {
      if (width !== '0') widths.set(start + i, Number(width));
    });
  }
  return widths;
}

const REGULAR = table(DEJAVU_WIDTHS.regular);
const BOLD = table(DEJAVU_WIDTHS.bold);
/** A character the fonts lack: measured as wide as the layout's fallback. */
const MISSING = (FALLBACK_WIDTH * DEJAVU_UNITS_PER_EM) / 1000;

export const PDF_METRICS: TextMetrics = {
  width(text, size, bold) {
    const widths = bold ? BOLD : REGULAR;
    let units = 0;
    for (const char of text) units += widths.get(char.codePointAt(0) ?? 0) ?? MISSING;
    return (units * size) / DEJAVU_UNITS_PER_EM;
  },
};

/** The code points the table covers (for the test against the font files). */
export function dejaVuCodePoints(bold: boolean): number[] {
  return [...(bold ? BOLD : REGULAR).keys()];
}
