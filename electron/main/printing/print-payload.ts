// A layout turned into what a printer gets: the bytes (one part, or one PNG per page), their hash
// for the ledger, and notes on anything that did not print as it was (cut text, replaced characters).
import { createHash } from 'node:crypto';
import { type LabelLayout, truncatedItems } from '../../../shared/domain/label/label-layout.ts';
import type { PrinterConfig, PrinterKind } from '../../../shared/ipc/printing.ts';
import { toEscPos } from './escpos.ts';
import { toPdf } from './pdf.ts';
import { toPng } from './png.ts';
import { toZpl } from './zpl.ts';

export type PayloadFormat = 'zpl' | 'escpos' | 'star' | 'pdf' | 'png';

export interface PrintPayload {
  format: PayloadFormat;
  parts: Buffer[];
  notes: string[];
}

const FORMAT_OF: Record<PrinterKind, PayloadFormat> = {
  zpl: 'zpl',
  escpos: 'escpos',
  star: 'star',
  'pdf-file': 'pdf',
  'png-file': 'png',
};

export async function renderPayload(
  printer: PrinterConfig,
  layout: LabelLayout,
  createdAt: Date,
): Promise<PrintPayload> {
  // Name the line that was cut (in an address that is rarely the last one, the country).
  const notes = truncatedItems(layout).flatMap((item) =>
    item.cutLines.map(
      (index) =>
        `Cut to fit (${item.role}): "${item.lines[index] ?? ''}" — check the order for the full text.`,
    ),
  );
  const format = FORMAT_OF[printer.kind];
  switch (format) {
    case 'zpl':
      return { format, parts: [Buffer.from(toZpl(layout), 'utf8')], notes };
    case 'escpos':
    case 'star': {
      const out = toEscPos(layout, {
        type: format === 'star' ? 'star' : 'epson',
        codePage: printer.codePage,
      });
      for (const line of out.clipped) {
        notes.push(`Cut at the paper's edge: "${line}" — check the order for the full text.`);
      }
      if (out.replaced.length > 0) {
        notes.push(`The printer has no ${out.replaced.join(' ')}: printed as the plain letter or "?".`);
      }
      return { format, parts: [out.bytes], notes };
    }
    case 'pdf':
      return { format, parts: [await toPdf(layout, { createdAt })], notes };
    case 'png':
      return { format, parts: await toPng(layout), notes };
  }
}

/** sha256 over all parts, hex. */
export function contentHash(payload: PrintPayload): string {
  const hash = createHash('sha256');
  for (const part of payload.parts) hash.update(part);
  return hash.digest('hex');
}
