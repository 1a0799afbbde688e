// ESC/POS (Epson and compatibles) and Star line mode for receipt printers on 62/80 mm rolls, built
// with node-thermal-printer's buffer (never sent from here). These printers print text line by line
// in a grid of 12×24-dot cells (font A at 203 dpi) magnified 1…8 times (Star: 1 or 2), so the layout's
// items become lines: text at its column, rules as dashes, markers as inverted text, the barcode by
// the printer's own Code 128 command (code set B). See escpos-charset.ts for the characters.
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
import { charFilter, newThermalPrinter, type PrinterType } from './escpos-charset.ts';

export interface EscPosOptions {
  type?: PrinterType;
  /** The code page the printer starts in; others are switched to per character. Default PC858_EURO. */
  codePage?: CodePage;
}

export interface EscPosOutput {
  bytes: Buffer;
  /** Characters the printer cannot print, printed as a plain substitute (ł → l, … → ...) or "?". */
  replaced: string[];
  /**
   * Text lines the paper had no room for and that were cut here, without the layout's "…": none when
   * the layout was measured with this printer's metrics (receiptMetrics).
   */
  clipped: string[];
}

/** The printer's default line feed (1/6 in at 203 dpi). */
const LINE_FEED = 34;
const ESC_INIT = Buffer.from([0x1b, 0x40]);

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

export function toEscPos(layout: LabelLayout, options: EscPosOptions = {}): EscPosOutput {
  const type = options.type ?? 'epson';
  const codePage = options.codePage ?? 'PC858_EURO';
  // Receipt printers are 203 dpi; a layout at another resolution is scaled to it.
  const scale = RECEIPT_DPI / layout.dpi;
  const lineWidth = Math.floor(layout.widthDots * scale);
  const printer = newThermalPrinter(type, codePage);
  printer.setBuffer(Buffer.concat([ESC_INIT, printer.getBuffer()]));
  const filter = charFilter(type, codePage);

  const clipped: string[] = [];
  const magnification = (item: TextItem) => cellMagnification(item.size, layout.dpi, type);
  const setSize = (mag: number) => {
    if (type === 'star') {
      if (mag >= 2) printer.setTextQuadArea();
      else printer.setTextNormal();
    } else {
      printer.setTextSize(mag - 1, mag - 1);
    }
  };

  const printRow = (runs: Run[]) => {
    let cursor = 0;
    for (const run of [...runs].sort((a, b) => a.x - b.x)) {
      const mag = magnification(run.item);
      const cell = CELL_WIDTH * mag;
      const room = Math.floor((Math.min(lineWidth, (run.x + run.width) * scale) - cursor) / cell);
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
      setSize(mag);
      const pad = Math.max(cursor > 0 && start <= cursor ? 1 : 0, Math.floor((start - cursor) / cell));
      if (pad > 0) printer.print(' '.repeat(pad));
      cursor += pad * cell;
      if (run.item.bold) printer.bold(true);
      if (run.item.inverse) printer.invert(true);
      printer.print(chars.join(''));
      if (run.item.inverse) printer.invert(false);
      if (run.item.bold) printer.bold(false);
      cursor += used;
    }
    setSize(1);
    printer.newLine();
  };

  const printBarcode = (item: BarcodeItem) => {
    const centred = Math.abs(item.x + item.width / 2 - layout.widthDots / 2) < layout.widthDots * 0.1;
    if (centred) printer.alignCenter();
    const height = Math.max(1, Math.min(255, Math.round(item.height * scale)));
    if (type === 'star') {
      const width = item.moduleWidth <= 2 ? 'SMALL' : item.moduleWidth === 3 ? 'MEDIUM' : 'LARGE';
      printer.code128(item.data, { text: 1, width, height });
    } else {
      // GS k 73 with "{B": code set B.
      printer.printBarcode(item.data, 73, {
        hriPos: 0,
        hriFont: 0,
        width: Math.max(2, Math.min(6, item.moduleWidth)),
        height,
      });
    }
    printer.alignLeft();
  };

  layout.pages.forEach((page) => {
    let bottom = 0;
    for (const row of rowsOf(page)) {
      const gap = (row.y - bottom) * scale;
      if (bottom > 0 && gap >= LINE_FEED) {
        for (let i = Math.min(2, Math.floor(gap / LINE_FEED)); i > 0; i--) printer.newLine();
      }
      switch (row.kind) {
        case 'text':
          printRow(row.runs);
          bottom = Math.max(...row.runs.map((run) => run.y + run.item.lineHeight));
          break;
        case 'rule':
          printer.print('-'.repeat(Math.floor(lineWidth / CELL_WIDTH)));
          printer.newLine();
          bottom = row.y + CELL_HEIGHT / scale;
          break;
        case 'barcode':
          printBarcode(row.item);
          bottom = row.y + row.item.height;
          break;
      }
    }
    // Feed and cut after each page (package), then select the code page again: the cut resets it.
    printer.cut();
    printer.setCharacterSet(codePage);
  });
  return { bytes: Buffer.from(printer.getBuffer()), replaced: filter.replaced(), clipped };
}

export function toStar(layout: LabelLayout, options: Omit<EscPosOptions, 'type'> = {}): EscPosOutput {
  return toEscPos(layout, { ...options, type: 'star' });
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
