// A printer's test page: its name, media and resolution, letters that need the right code page or
// font, a frame to see the printable area, and a Code 128 to try the scanner on.
import type { LabelLayout, LayoutItem } from './label-layout.ts';
import { barcodeItem, frameFor, rule, textHeight, textItem } from './layout-kit.ts';
import { type Dpi, MEDIA, type MediaId } from './media.ts';
import type { TextMetrics } from './text-metrics.ts';

export interface TestPageContext {
  printerName: string;
  media: MediaId;
  dpi: Dpi;
  /** Printed as given. */
  date: string;
  /** How wide text prints on the printer (default: the table that fits every target). */
  metrics?: TextMetrics;
}

/** What the test barcode holds: not an order (scan-to-open ignores it). */
export const TEST_BARCODE = 'PSTEST';

export function layoutTestPage(ctx: TestPageContext): LabelLayout {
  const f = frameFor(ctx.media, ctx.dpi, ctx.metrics);
  const { mm } = f;
  const gap = mm(2);
  const items: LayoutItem[] = [];
  let y = f.margin;
  const add = (lines: string[], size: number, bold = false) => {
    const item = textItem(
      f,
      'title',
      lines,
      { x: f.x, y, width: f.width },
      { size, minSize: Math.max(24, mm(3)), maxLines: 4, bold },
    );
    items.push(item);
    y += textHeight(item) + gap;
  };
  add(['Packing Station test print'], mm(6), true);
  add([`Printer: ${ctx.printerName}`, `${MEDIA[ctx.media].title}, ${ctx.dpi} dpi`, ctx.date], mm(4));
  items.push(rule(f, y));
  y += gap;
  add(['Ä Ö Ü ä ö ü ß · é è ê ç · å æ ø', 'ł ą ę ś ż ź ć ń ó · č š ž ř · € …'], mm(4.5));
  const barcode = barcodeItem(f, TEST_BARCODE, { x: f.x, y, width: f.width, height: mm(12) }, 0.5);
  items.push(barcode);
  y += barcode.height + gap;
  add([TEST_BARCODE], mm(4));
  const length = f.pageHeight ?? y + f.margin;
  // The frame marks the margins: everything inside it must be on the paper.
  items.push({
    type: 'box',
    x: f.x - mm(1),
    y: mm(1),
    width: f.width + mm(2),
    height: length - mm(2),
    thickness: 2,
    filled: false,
  });
  return {
    kind: 'label',
    media: ctx.media,
    dpi: ctx.dpi,
    widthDots: f.pageWidth,
    heightDots: f.pageHeight ?? 'continuous',
    pages: [{ lengthDots: length, items }],
  };
}
