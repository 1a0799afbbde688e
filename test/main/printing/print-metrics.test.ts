// The layout measures text with the metrics the printed output uses: DejaVu Sans / Bold advance
// widths for PDF (exactly pdfkit's widthOfString as pdf.ts draws), the receipt printer's cell grid for
// ESC/POS and Star; the preview is drawn from the very layout and bytes the job prints (receipt
// printers: receipt-preview.test.ts).
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect } from 'vitest';
import { printJobPayload } from '../../../electron/main/db/print-ledger.ts';
import { toEscPos } from '../../../electron/main/printing/escpos.ts';
import { PDF_TEXT_FEATURES } from '../../../electron/main/printing/pdf.ts';
import { createPrintJob, layoutFor } from '../../../electron/main/printing/print-order.ts';
import { dejaVuCodePoints, PDF_METRICS } from '../../../shared/domain/label/dejavu-metrics.ts';
import type { DocumentKind, LabelLayout, TextItem } from '../../../shared/domain/label/label-layout.ts';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';
import { diacriticsOrder, longOrder, manyLinesOrder, plainOrder } from '../../shared/label/orders.ts';
import { darkPixels } from './dark-pixels.ts';
import { pdfToPngs, renderZpl } from './external-tools.ts';
import { addPrinters, ORDER_IDS, printTest as test } from './fixtures.ts';

const require = createRequire(import.meta.url);
const NOW = new Date('2025-11-26T09:00:00Z');
const ORDERS = [plainOrder, longOrder, diacriticsOrder, () => manyLinesOrder(12)];
const KINDS: DocumentKind[] = ['label', 'slip'];

const features = PDF_TEXT_FEATURES as unknown as PDFKit.Mixins.OpenTypeFeatures[];
function pdfkit() {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('regular', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.registerFont('bold', require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
  return (text: string, size: number, bold: boolean) =>
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .widthOfString(text, { features });
}

const texts = (layout: LabelLayout) =>
  layout.pages.flatMap((page) => page.items.filter((item): item is TextItem => item.type === 'text'));

describe('PDF metrics', () => {
  test('the DejaVu table is the fonts’ own advance widths', () => {
    const width = pdfkit();
    for (const bold of [false, true]) {
      for (const codePoint of dejaVuCodePoints(bold)) {
        const char = String.fromCodePoint(codePoint);
        // Format characters (the soft hyphen) never reach a layout: labelText removes them.
        if (/\p{Cf}/u.test(char)) continue;
        expect(PDF_METRICS.width(char, 1000, bold), `${char} bold=${bold}`).toBeCloseTo(
          width(char, 1000, bold),
          6,
        );
      }
    }
  });

  test('a PDF printer’s layout: every line is as wide as pdfkit draws it, and wraps where pdfkit would', async ({
    station,
  }) => {
    const printer: PrinterConfig = { name: 'PDF', kind: 'pdf-file', address: '/tmp', dpi: 203, media: 'a4' };
    const width = pdfkit();
    for (const media of ['a4', 'label-4x6', 'roll-62mm'] as const) {
      for (const make of ORDERS) {
        for (const kind of KINDS) {
          const layout = await layoutFor(station, make(), kind, { ...printer, media }, NOW);
          for (const item of texts(layout)) {
            item.lines.forEach((line, index) => {
              const drawn = width(line, item.size, item.bold);
              expect(PDF_METRICS.width(line, item.size, item.bold)).toBeCloseTo(drawn, 6);
              expect(drawn).toBeLessThanOrEqual(item.width + 1e-6);
              // Greedy wrap with pdfkit's widths: the next line's first word did not fit on this one
              // (checked where an item is one paragraph: a table cell, an order fact).
              if (item.role !== 'table-cell' && item.role !== 'reference') return;
              const next = item.lines[index + 1];
              const word = next?.split(' ')[0] ?? '';
              if (
                next === undefined ||
                item.cutLines.includes(index) ||
                line.endsWith('-') ||
                word.includes('-')
              )
                return;
              expect(width(`${line} ${word}`, item.size, item.bold), `${line} | ${word}`).toBeGreaterThan(
                item.width,
              );
            });
          }
        }
      }
    }
  });
});

describe('receipt metrics', () => {
  test('measured in the printer’s cells: nothing cut at the paper’s edge, lines as full as the cells allow', async ({
    station,
  }) => {
    for (const type of ['escpos', 'star'] as const) {
      for (const dpi of [203, 300] as const) {
        for (const media of ['roll-62mm', 'roll-80mm'] as const) {
          const printer: PrinterConfig = { name: 'R', kind: type, address: 'tcp://127.0.0.1:9', dpi, media };
          for (const make of ORDERS) {
            for (const kind of KINDS) {
              const layout = await layoutFor(station, make(), kind, printer, NOW);
              const out = toEscPos(layout, { type: type === 'star' ? 'star' : 'epson' });
              expect(out.clipped, `${type} ${dpi} ${media} ${kind}`).toEqual([]);
              // And the lines use the room the paper has: a wrapped cell's next word did not fit in cells
              // (12 dots at 203 dpi, times the magnification the printer uses for the size).
              for (const item of texts(layout)) {
                if (item.role !== 'table-cell' && item.role !== 'reference') continue;
                const max = type === 'star' ? 2 : 8;
                const mag = Math.max(1, Math.min(max, Math.floor((item.size * 203) / dpi / 24)));
                const cells = Math.floor((item.width * 203) / dpi / (12 * mag));
                item.lines.forEach((line, index) => {
                  const word = item.lines[index + 1]?.split(' ')[0];
                  if (
                    word === undefined ||
                    item.cutLines.includes(index) ||
                    line.endsWith('-') ||
                    word.includes('-')
                  )
                    return;
                  expect([...`${line} ${word}`].length, `${line} | ${word}`).toBeGreaterThan(cells);
                });
              }
            }
          }
        }
      }
    }
  });
});

describe('the preview', () => {
  test('is drawn from the bytes the job prints: the PNG printer’s pages, Zebrash’s picture of the ZPL', async ({
    station,
    folder,
    printService,
  }) => {
    addPrinters(station, [
      { name: 'PNG', kind: 'png-file', address: folder, dpi: 203, media: 'label-4x6' },
      { name: 'Zebra', kind: 'zpl', address: 'tcp://127.0.0.1:9', dpi: 203, media: 'label-4x6' },
    ]);
    const service = printService({ now: () => NOW });
    for (const [name, orderId, order] of [
      ['PNG', ORDER_IDS.long, longOrder()],
      ['Zebra', ORDER_IDS.diacritics, diacriticsOrder()],
    ] as const) {
      const preview = await service.preview(orderId, 'label', name);
      if (!preview.ok) throw new Error(preview.error.message);
      const job = await createPrintJob(
        station,
        orderId,
        'label',
        { operator: 'ana', stationId: 's', printerName: name },
        NOW,
      );
      if (!job.ok) throw new Error(job.error.message);
      const parts = printJobPayload(station, job.value.id) ?? [];
      const printed =
        name === 'PNG'
          ? parts
          : [
              await renderZpl(
                parts[0]?.toString('utf8') ?? '',
                await layoutFor(
                  station,
                  order,
                  'label',
                  { name, kind: 'zpl', address: '', dpi: 203, media: 'label-4x6' },
                  NOW,
                ),
                1218,
              ),
            ];
      expect(preview.value.pages).toEqual(
        printed.map((png) => `data:image/png;base64,${png.toString('base64')}`),
      );
    }
  });
});

/** Share of the ink of either picture that the other does not have (0: the same picture). */
async function inkDifference(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([darkPixels(a), darkPixels(b)]);
  // Renderers may round the page size differently by a dot or two: compare the common area.
  expect(Math.abs(x.width - y.width) + Math.abs(x.height - y.height)).toBeLessThanOrEqual(4);
  let differ = 0;
  let ink = 0;
  for (let row = 0; row < Math.min(x.height, y.height); row++) {
    for (let col = 0; col < Math.min(x.width, y.width); col++) {
      const p = x.dark[row * x.width + col];
      const q = y.dark[row * y.width + col];
      if (p || q) ink++;
      if (p !== q) differ++;
    }
  }
  return differ / ink;
}

describe('the preview of a PDF printer', () => {
  test('is the PDF the printer gets: poppler draws the same picture from the job’s bytes', async ({
    station,
    folder,
    printService,
  }) => {
    addPrinters(station, [{ name: 'PDF', kind: 'pdf-file', address: folder, dpi: 203, media: 'label-4x6' }]);
    const service = printService({ now: () => NOW });
    const preview = await service.preview(ORDER_IDS.diacritics, 'label', 'PDF');
    if (!preview.ok) throw new Error(preview.error.message);
    const job = await createPrintJob(
      station,
      ORDER_IDS.diacritics,
      'label',
      { operator: 'ana', stationId: 's', printerName: 'PDF' },
      NOW,
    );
    if (!job.ok) throw new Error(job.error.message);
    const [pdf] = printJobPayload(station, job.value.id) ?? [];
    const poppler = await pdfToPngs(pdf ?? Buffer.alloc(0), 203);
    expect(preview.value.pages).toHaveLength(poppler.length);
    const page = Buffer.from(preview.value.pages[0]?.split(',')[1] ?? '', 'base64');
    // Two renderers anti-alias edges differently (about 5 % of the ink here); Zebrash's picture of the
    // same layout, the preview before, differs by almost half.
    expect(await inkDifference(page, poppler[0] ?? Buffer.alloc(0))).toBeLessThan(0.15);
  });
});
