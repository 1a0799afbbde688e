// How a receipt printer (ESC/POS, Star line mode) prints text: a grid of 12×24-dot cells at 203 dpi
// (font A), magnified a whole number of times (Epson 1…8, Star 1 or 2). A line's width is its number
// of characters times the cell, whatever the letters; "…" prints as "..." (three cells). The layout
// measures receipt text with these metrics and escpos.ts prints with the same magnification, so what
// the layout says fits is exactly what the printer prints.
import type { Dpi } from './media.ts';
import { ELLIPSIS, type TextMetrics } from './text-metrics.ts';

export type ReceiptPrinterType = 'epson' | 'star';

export const CELL_WIDTH = 12;
export const CELL_HEIGHT = 24;
/** Receipt printers print at 203 dpi; a layout at another resolution is scaled to it. */
export const RECEIPT_DPI = 203;

/** The magnification a text of `size` layout dots prints at. */
export function cellMagnification(size: number, dpi: Dpi, type: ReceiptPrinterType): number {
  const max = type === 'star' ? 2 : 8;
  return Math.max(1, Math.min(max, Math.floor((size * RECEIPT_DPI) / dpi / CELL_HEIGHT)));
}

/** Cells `text` takes on the printer. */
export function cellCount(text: string): number {
  let cells = 0;
  for (const char of text) cells += char === ELLIPSIS ? 3 : 1;
  return cells;
}

export function receiptMetrics(type: ReceiptPrinterType, dpi: Dpi): TextMetrics {
  return {
    width: (text, size) =>
      (cellCount(text) * CELL_WIDTH * cellMagnification(size, dpi, type) * dpi) / RECEIPT_DPI,
  };
}
