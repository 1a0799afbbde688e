// PDF for the file printer and sheet printers: DejaVu Sans embedded (UTF-8 safe), one PDF page per
// layout page, coordinates in printer dots scaled to points, the barcode drawn as vector bars from
// bwip-js.
import PDFDocument from 'pdfkit';
import type {
  BarcodeItem,
  LabelLayout,
  LayoutItem,
  TextItem,
} from '../../../shared/domain/label/label-layout.ts';
import { code128Bars } from './barcode-bars.ts';
import { withoutControls } from './control-characters.ts';
import { dejaVuSans } from './fonts.ts';

/** Where the baseline sits below a text line's top, as a share of the font size (as ZPL font 0 draws). */
const BASELINE = 0.8;
/**
 * Glyphs at their plain advance widths, no kerning or ligatures: exactly the widths the layout
 * measured with (PDF_METRICS in shared/domain/label/dejavu-metrics.ts).
 */
export const PDF_TEXT_FEATURES = { kern: false, liga: false };
// pdfkit passes the features to fontkit, which takes this on/off map; its typings only list the array form.
const features = PDF_TEXT_FEATURES as unknown as PDFKit.Mixins.OpenTypeFeatures[];

export interface PdfOptions {
  /** Stamped as the document's creation date, so the same label gives the same bytes. */
  createdAt?: Date;
}

export function toPdf(layout: LabelLayout, options: PdfOptions = {}): Promise<Buffer> {
  const scale = 72 / layout.dpi;
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    info: {
      Title: layout.kind === 'label' ? 'Shipping label' : 'Packing slip',
      Producer: 'Packing Station',
      CreationDate: options.createdAt ?? new Date(0),
    },
  });
  const fonts = dejaVuSans();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const page of layout.pages) {
    doc.addPage({ size: [layout.widthDots * scale, page.lengthDots * scale], margin: 0 });
    doc.save();
    doc.scale(scale);
    for (const item of page.items) drawItem(doc, item);
    doc.restore();
  }
  doc.end();
  return done;
}

function drawItem(doc: PDFKit.PDFDocument, item: LayoutItem): void {
  switch (item.type) {
    case 'text':
      drawText(doc, item);
      return;
    case 'line': {
      const horizontal = item.direction === 'horizontal';
      doc
        .rect(
          item.x,
          item.y,
          horizontal ? item.length : item.thickness,
          horizontal ? item.thickness : item.length,
        )
        .fill('black');
      return;
    }
    case 'box':
      if (item.filled) {
        doc.rect(item.x, item.y, item.width, item.height).fill('black');
      } else {
        const half = item.thickness / 2;
        doc
          .lineWidth(item.thickness)
          .rect(item.x + half, item.y + half, item.width - item.thickness, item.height - item.thickness)
          .stroke('black');
      }
      return;
    case 'barcode':
      drawBarcode(doc, item);
      return;
  }
}

function drawText(doc: PDFKit.PDFDocument, item: TextItem): void {
  doc
    .font(item.bold ? 'bold' : 'regular')
    .fontSize(item.size)
    .fillColor(item.inverse ? 'white' : 'black');
  item.lines.forEach((text, index) => {
    const line = withoutControls(text);
    const width = doc.widthOfString(line, { features });
    const free = item.width - width;
    const x = item.x + (item.align === 'left' ? 0 : item.align === 'center' ? free / 2 : free);
    const baseline = item.y + index * item.lineHeight + item.size * BASELINE;
    doc.text(line, x, baseline, { lineBreak: false, baseline: 'alphabetic', features });
  });
}

function drawBarcode(doc: PDFKit.PDFDocument, item: BarcodeItem): void {
  const { bars } = code128Bars(item.data);
  for (const bar of bars) {
    doc.rect(item.x + bar.x * item.moduleWidth, item.y, bar.width * item.moduleWidth, item.height);
  }
  doc.fill('black');
}
