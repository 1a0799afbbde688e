// The preview of a receipt printer's job: its plan (receipt-plan.ts, the lines escpos.ts sends) drawn
// the way the printer prints it. Every character sits in its own 12×24-dot cell times its
// magnification, so line breaks, columns, cut text and substitutes ("l" for "ł") are where the
// paper has them; DejaVu Sans Mono stands in for the printer's font A. Rules print as dashes,
// markers inverted, the barcode as the bars of its Code 128. One PNG per page at 203 dpi, as long as
// the printed lines plus one line feed (the feed to the cutter depends on the model). @napi-rs/canvas
// loads on first use only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CELL_HEIGHT, CELL_WIDTH } from '../../../shared/domain/label/receipt-cells.ts';
import { code128Bars } from './barcode-bars.ts';
import { LINE_FEED, lineHeight, type ReceiptLine, type ReceiptPlan } from './receipt-plan.ts';

type Canvas = typeof import('@napi-rs/canvas');
type Context = ReturnType<ReturnType<Canvas['createCanvas']>['getContext']>;

const FONT = 'Receipt Cell';
/** DejaVu Sans Mono advances 0.602 em: at 20 px a glyph is one 12-dot cell wide, 23 dots tall. */
const FONT_PX = 20;
/** The baseline within a 24-dot cell: room above for accents, below for descenders. */
const BASELINE = 19;

let canvas: Promise<Canvas> | null = null;

function skia(): Promise<Canvas> {
  canvas ??= import('@napi-rs/canvas').then((module) => {
    const require = createRequire(import.meta.url);
    // Read by Node, not by path in native code: in the packaged app the fonts sit inside app.asar,
    // which only Electron's fs can read.
    for (const file of ['DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf']) {
      module.GlobalFonts.register(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)), FONT);
    }
    return module;
  });
  return canvas;
}

export async function receiptPngs(plan: ReceiptPlan): Promise<Buffer[]> {
  const { createCanvas } = await skia();
  return plan.pages.map((lines) => {
    const height = lines.reduce((sum, line) => sum + lineHeight(line), 0) + LINE_FEED;
    const page = createCanvas(plan.widthDots, height);
    const context = page.getContext('2d');
    context.fillStyle = 'white';
    context.fillRect(0, 0, plan.widthDots, height);
    let y = 0;
    for (const line of lines) {
      drawLine(context, plan.widthDots, line, y);
      y += lineHeight(line);
    }
    return page.toBuffer('image/png');
  });
}

function drawLine(context: Context, widthDots: number, line: ReceiptLine, y: number): void {
  switch (line.kind) {
    case 'text': {
      // Characters of different sizes on one line share their baseline.
      const tallest = Math.max(...line.spans.map((span) => span.magnification)) * CELL_HEIGHT;
      let x = 0;
      for (const span of line.spans) {
        const cell = CELL_WIDTH * span.magnification;
        x += span.pad * cell;
        const top = y + tallest - CELL_HEIGHT * span.magnification;
        drawCells(context, span.text, x, top, span.magnification, span.bold, span.inverse);
        x += [...span.text].length * cell;
      }
      break;
    }
    case 'rule':
      drawCells(context, '-'.repeat(line.cells), 0, y, 1, false, false);
      break;
    case 'feed':
      break;
    case 'barcode': {
      const { bars, modules } = code128Bars(line.data);
      const left = line.centred ? Math.floor((widthDots - modules * line.moduleDots) / 2) : 0;
      context.fillStyle = 'black';
      for (const bar of bars) {
        context.fillRect(left + bar.x * line.moduleDots, y, bar.width * line.moduleDots, line.heightDots);
      }
      break;
    }
  }
}

function drawCells(
  context: Context,
  text: string,
  x: number,
  top: number,
  magnification: number,
  bold: boolean,
  inverse: boolean,
): void {
  const cell = CELL_WIDTH * magnification;
  const chars = [...text];
  if (inverse) {
    context.fillStyle = 'black';
    context.fillRect(x, top, chars.length * cell, CELL_HEIGHT * magnification);
  }
  context.fillStyle = inverse ? 'white' : 'black';
  context.font = `${bold ? 'bold ' : ''}${FONT_PX * magnification}px "${FONT}"`;
  context.textBaseline = 'alphabetic';
  chars.forEach((char, index) => {
    if (char === ' ') return;
    // Centred in its cell: the grid, not the font's advance, places each character.
    const advance = context.measureText(char).width;
    context.fillText(char, x + index * cell + (cell - advance) / 2, top + BASELINE * magnification);
  });
}
