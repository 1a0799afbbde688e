// What a receipt printer (ESC/POS, Star line mode) prints for a layout, line by line: text in a grid
// of 12×24-dot cells (font A at 203 dpi) magnified 1…8 times (Star: 1 or 2), rules as dashes, markers
// as inverted text, the barcode by the printer's own Code 128. escpos.ts turns this plan into bytes
// and receipt-picture.ts draws it for the preview, so the preview is the very lines the printer gets.
import type {
  BarcodeItem,
  LabelLayout,
  LayoutPage,
  TextItem,
} from '../../../shared/domain/label/label-layout.ts';
import {
  CELL_HEIGHT,
  CELL_WIDTH,
  cellMagnification,
  RECEIPT_DPI,
} from '../../../shared/domain/label/receipt-cells.ts';
import type { CodePage } from '../../../shared/ipc/printing.ts';
import { charFilter, type PrinterType } from './escpos-charset.ts';

/** The printer's default line feed (1/6 in at 203 dpi). */
export const LINE_FEED = 34;

/** Text printed at one magnification: `pad` spaces, then `text` (bold and inverted if asked). */
export interface ReceiptSpan {
  pad: number;
  text: string;
  magnification: number;
  bold: boolean;
  inverse: boolean;
}

export type ReceiptLine =
  /** Spans from the paper's left edge, then a line feed. */
  | { kind: 'text'; spans: ReceiptSpan[] }
  /** A rule: `cells` dashes at normal size. */
  | { kind: 'rule'; cells: number }
  /** An empty line. */
  | { kind: 'feed' }
  /** Code 128 (code set B) without human-readable text, `moduleDots` per module. */
  | { kind: 'barcode'; data: string; moduleDots: number; heightDots: number; centred: boolean };

export interface ReceiptPlan {
  type: PrinterType;
  codePage: CodePage;
  /** The printable width in dots at 203 dpi. */
  widthDots: number;
  /** One list of lines per page (package); the printer cuts after each. */
  pages: ReceiptLine[][];
  /** Characters the printer cannot print, printed as a plain substitute (ł → l, … → ...) or "?". */
  replaced: string[];
  /**
   * Text lines the paper had no room for and that were cut here, without the layout's "…": none when
   * the layout was measured with this printer's metrics (receiptMetrics).
   */
  clipped: string[];
}

export interface ReceiptOptions {
  type?: PrinterType;
  /** The code page the printer starts in; others are switched to per character. Default PC858_EURO. */
  codePage?: CodePage;
}

/**
 * How far the paper moves for a line, in dots: the line feed, or more for text taller than it
 * (characters on one line share their baseline) and for a barcode.
 */
export function lineHeight(line: ReceiptLine): number {
  switch (line.kind) {
    case 'text':
      return Math.max(LINE_FEED, ...line.spans.map((span) => span.magnification * CELL_HEIGHT));
    case 'barcode':
      return line.heightDots;
    case 'rule':
    case 'feed':
      return LINE_FEED;
  }
}

interface Run {
  y: number;
  x: number;
  width: number;
  text: string;
  item: TextItem;
}

type Row =
  | { kind: 'text'; y: number; size: number; runs: Run[] }
  | { kind: 'rule'; y: number }
  | { kind: 'barcode'; y: number; item: BarcodeItem };

export function planReceipt(layout: LabelLayout, options: ReceiptOptions = {}): ReceiptPlan {
  const type = options.type ?? 'epson';
  const codePage = options.codePage ?? 'PC858_EURO';
  // Receipt printers are 203 dpi; a layout at another resolution is scaled to it.
  const scale = RECEIPT_DPI / layout.dpi;
  const widthDots = Math.floor(layout.widthDots * scale);
  const filter = charFilter(type, codePage);
  const clipped: string[] = [];

  const textLine = (runs: Run[]): ReceiptLine => {
    const spans: ReceiptSpan[] = [];
    let cursor = 0;
    for (const run of [...runs].sort((a, b) => a.x - b.x)) {
      const magnification = cellMagnification(run.item.size, layout.dpi, type);
      const cell = CELL_WIDTH * magnification;
      const room = Math.floor((Math.min(widthDots, (run.x + run.width) * scale) - cursor) / cell);
      const all = [...filter.filter(run.text)];
      const chars = all.slice(0, Math.max(0, room));
      if (chars.length < all.length) clipped.push(run.text);
      const used = chars.length * cell;
      const box = run.width * scale;
      const left = run.x * scale;
      const start =
        run.item.align === 'left'
          ? left
          : run.item.align === 'center'
            ? left + (box - used) / 2
            : left + box - used;
      // At least one space between runs that would touch.
      const pad = Math.max(cursor > 0 && start <= cursor ? 1 : 0, Math.floor((start - cursor) / cell));
      spans.push({
        pad,
        text: chars.join(''),
        magnification,
        bold: run.item.bold,
        inverse: run.item.inverse,
      });
      cursor += pad * cell + used;
    }
    return { kind: 'text', spans };
  };

  const barcodeLine = (item: BarcodeItem): ReceiptLine => {
    const centred = Math.abs(item.x + item.width / 2 - layout.widthDots / 2) < layout.widthDots * 0.1;
    const heightDots = Math.max(1, Math.min(255, Math.round(item.height * scale)));
    // Epson takes 2…6 dots a module; Star's Code 128 offers 2, 3 or 4.
    const moduleDots =
      type === 'star'
        ? Math.max(2, Math.min(4, item.moduleWidth))
        : Math.max(2, Math.min(6, item.moduleWidth));
    return { kind: 'barcode', data: item.data, moduleDots, heightDots, centred };
  };

  const pages = layout.pages.map((page) => {
    const lines: ReceiptLine[] = [];
    let bottom = 0;
    for (const row of rowsOf(page)) {
      // A gap in the layout becomes up to two empty lines.
      const gap = (row.y - bottom) * scale;
      if (bottom > 0 && gap >= LINE_FEED) {
        for (let i = Math.min(2, Math.floor(gap / LINE_FEED)); i > 0; i--) lines.push({ kind: 'feed' });
      }
      switch (row.kind) {
        case 'text':
          lines.push(textLine(row.runs));
          bottom = Math.max(...row.runs.map((run) => run.y + run.item.lineHeight));
          break;
        case 'rule':
          lines.push({ kind: 'rule', cells: Math.floor(widthDots / CELL_WIDTH) });
          bottom = row.y + CELL_HEIGHT / scale;
          break;
        case 'barcode':
          lines.push(barcodeLine(row.item));
          bottom = row.y + row.item.height;
          break;
      }
    }
    return lines;
  });
  return { type, codePage, widthDots, pages, replaced: filter.replaced(), clipped };
}

/** Text lines, rules and barcodes top to bottom; text lines that overlap vertically share a row. */
function rowsOf(page: LayoutPage): Row[] {
  const rows: Row[] = [];
  const runs: Run[] = [];
  for (const item of page.items) {
    if (item.type === 'text') {
      item.lines.forEach((text, index) => {
        runs.push({ y: item.y + index * item.lineHeight, x: item.x, width: item.width, text, item });
      });
    } else if (item.type === 'line' && item.direction === 'horizontal') {
      rows.push({ kind: 'rule', y: item.y });
    } else if (item.type === 'barcode') {
      rows.push({ kind: 'barcode', y: item.y, item });
    }
    // Boxes are not drawn: the marker text inside them prints inverted.
  }
  runs.sort((a, b) => a.y - b.y || a.x - b.x);
  const textRows: Extract<Row, { kind: 'text' }>[] = [];
  for (const run of runs) {
    const row = textRows.find((candidate) => run.y < candidate.y + candidate.size * 0.6);
    if (row) {
      row.runs.push(run);
    } else {
      const created = { kind: 'text' as const, y: run.y, size: run.item.size, runs: [run] };
      textRows.push(created);
      rows.push(created);
    }
  }
  return rows.sort((a, b) => a.y - b.y);
}
