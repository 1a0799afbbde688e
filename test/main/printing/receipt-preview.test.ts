// The preview of an ESC/POS or Star printer is drawn the way the printer prints the job's bytes: ink in
// exactly the character cells and barcode the bytes put on paper (receipt-paper.ts reads them with the
// independent parser), nowhere else, and the barcode decodes (ZXing) to the order's.
import { describe, expect } from 'vitest';
import { getOrder, upsertPulledOrders } from '../../../electron/main/db/orders.ts';
import { layoutFor } from '../../../electron/main/printing/print-order.ts';
import { renderPayload } from '../../../electron/main/printing/print-payload.ts';
import type { DocumentKind } from '../../../shared/domain/label/label-layout.ts';
import { labelBarcode } from '../../../shared/domain/scan-codes.ts';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';
import { hostileOrder, manyLinesOrder } from '../../shared/label/orders.ts';
import { darkPixels } from './dark-pixels.ts';
import { decodeCode128 } from './external-tools.ts';
import { addPrinters, ORDER_IDS, printTest as test } from './fixtures.ts';
import { type PaperPage, paperOf } from './receipt-paper.ts';

const NOW = new Date('2025-11-26T09:00:00Z');
const MANY = manyLinesOrder(12);
const HOSTILE = hostileOrder();
const ORDERS = [ORDER_IDS.plain, ORDER_IDS.long, ORDER_IDS.diacritics, MANY.id, HOSTILE.id];
/** Printable width at 203 dpi: 72 mm on an 80 mm roll, 58 mm on a 62 mm roll. */
const WIDTH = { 'roll-80mm': 576, 'roll-62mm': 464 } as const;

type Picture = Awaited<ReturnType<typeof darkPixels>>;

/** Dark pixels inside a rectangle, `inset` dots in from each edge. */
function inkIn(picture: Picture, rect: { x: number; y: number; width: number; height: number }, inset = 0) {
  let ink = 0;
  for (let row = rect.y + inset; row < rect.y + rect.height - inset; row++) {
    for (let col = rect.x + inset; col < rect.x + rect.width - inset; col++) {
      ink += picture.dark[row * picture.width + col] ?? 0;
    }
  }
  return ink;
}

function expectSamePaper(picture: Picture, paper: PaperPage, widthDots: number, what: string): void {
  expect(picture.width, what).toBe(widthDots);
  // The printed lines and one line feed; the feed to the cutter is not drawn.
  expect(picture.height, what).toBe(paper.length + 34);
  const covered = new Uint8Array(picture.width * picture.height);
  for (const cell of paper.cells) {
    expect(cell.x + cell.width, `${what}: a cell beyond the paper`).toBeLessThanOrEqual(widthDots);
    const ink = inkIn(picture, cell);
    if (cell.ink) expect(ink, `${what}: no ink in the cell at ${cell.x},${cell.y}`).toBeGreaterThan(2);
    else expect(inkIn(picture, cell, 2), `${what}: ink in the blank cell at ${cell.x},${cell.y}`).toBe(0);
    for (let row = cell.y; row < cell.y + cell.height; row++)
      covered.fill(1, row * picture.width + cell.x, row * picture.width + cell.x + cell.width);
  }
  for (const bars of paper.barcodes) {
    // The bars start and end exactly where the printer's symbol does.
    const columns = new Set<number>();
    for (let col = bars.x - 20; col < bars.x + bars.width + 20; col++) {
      if (inkIn(picture, { x: col, y: bars.y, width: 1, height: bars.height }) === bars.height)
        columns.add(col);
    }
    expect(Math.min(...columns), what).toBe(bars.x);
    expect(Math.max(...columns), what).toBe(bars.x + bars.width - 1);
    for (let row = bars.y; row < bars.y + bars.height; row++)
      covered.fill(1, row * picture.width + bars.x, row * picture.width + bars.x + bars.width);
  }
  // And nothing outside the printed cells and bars (an accent may reach a dot above its cell).
  let stray = 0;
  for (let i = 0; i < covered.length; i++) {
    if (picture.dark[i] && !covered[i] && !covered[i + picture.width]) stray++;
  }
  expect(stray, `${what}: ink outside the printed cells`).toBe(0);
}

describe('the preview of a receipt printer', () => {
  test('has ink exactly where the job’s bytes print, for Epson and Star on both rolls', async ({
    station,
    printService,
  }) => {
    upsertPulledOrders(station, [MANY, HOSTILE], NOW);
    const printers: PrinterConfig[] = [];
    for (const kind of ['escpos', 'star'] as const) {
      for (const media of ['roll-80mm', 'roll-62mm'] as const) {
        printers.push({ name: `${kind} ${media}`, kind, address: 'tcp://127.0.0.1:9', dpi: 203, media });
      }
    }
    addPrinters(station, printers);
    const service = printService({ now: () => NOW });
    for (const printer of printers) {
      for (const orderId of ORDERS) {
        for (const kind of ['label', 'slip'] as DocumentKind[]) {
          const what = `${printer.name} ${kind} ${orderId}`;
          const preview = await service.preview(orderId, kind, printer.name);
          if (!preview.ok) throw new Error(preview.error.message);
          // The bytes a job for this printer gets (createPrintJob renders them so).
          const cached = getOrder(station, orderId);
          if (!cached) throw new Error(`no order ${orderId}`);
          const { parts } = await renderPayload(
            printer,
            await layoutFor(station, cached.order, kind, printer, NOW),
            NOW,
          );
          const bytes = parts[0];
          const widthDots = WIDTH[printer.media as keyof typeof WIDTH];
          const paper = paperOf(
            bytes ?? Buffer.alloc(0),
            printer.kind === 'star' ? 'star' : 'epson',
            widthDots,
          );
          expect(preview.value.pages, what).toHaveLength(paper.length);
          for (const [index, page] of preview.value.pages.entries()) {
            const png = Buffer.from(page.split(',')[1] ?? '', 'base64');
            const sheet = paper[index];
            if (!sheet) throw new Error(`${what}: no page ${index}`);
            expectSamePaper(await darkPixels(png), sheet, widthDots, `${what} page ${index + 1}`);
            if (index === 0 && kind === 'label') {
              expect(await decodeCode128(png), what).toContain(labelBarcode(orderId));
            }
          }
        }
      }
    }
  }, 120_000);
});
