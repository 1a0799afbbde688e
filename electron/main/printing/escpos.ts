// ESC/POS (Epson and compatibles) and Star line mode bytes for receipt printers on 62/80 mm rolls:
// the lines of receipt-plan.ts, built with node-thermal-printer's buffer (never sent from here). See
// escpos-charset.ts for the characters.
import type { LabelLayout } from '../../../shared/domain/label/label-layout.ts';
import { newThermalPrinter } from './escpos-charset.ts';
import { planReceipt, type ReceiptLine, type ReceiptOptions, type ReceiptPlan } from './receipt-plan.ts';

export type EscPosOptions = ReceiptOptions;

export interface EscPosOutput {
  bytes: Buffer;
  /** See ReceiptPlan. */
  replaced: string[];
  clipped: string[];
}

const ESC_INIT = Buffer.from([0x1b, 0x40]);
const STAR_MODULE = { 2: 'SMALL', 3: 'MEDIUM', 4: 'LARGE' } as const;

export function toEscPos(layout: LabelLayout, options: EscPosOptions = {}): EscPosOutput {
  const plan = planReceipt(layout, options);
  return { bytes: receiptBytes(plan), replaced: plan.replaced, clipped: plan.clipped };
}

export function toStar(layout: LabelLayout, options: Omit<EscPosOptions, 'type'> = {}): EscPosOutput {
  return toEscPos(layout, { ...options, type: 'star' });
}

export function receiptBytes(plan: ReceiptPlan): Buffer {
  const { type, codePage } = plan;
  const printer = newThermalPrinter(type, codePage);
  printer.setBuffer(Buffer.concat([ESC_INIT, printer.getBuffer()]));
  const setSize = (magnification: number) => {
    if (type === 'star') {
      if (magnification >= 2) printer.setTextQuadArea();
      else printer.setTextNormal();
    } else {
      printer.setTextSize(magnification - 1, magnification - 1);
    }
  };

  const printLine = (line: ReceiptLine) => {
    switch (line.kind) {
      case 'text':
        for (const span of line.spans) {
          setSize(span.magnification);
          if (span.pad > 0) printer.print(' '.repeat(span.pad));
          if (span.bold) printer.bold(true);
          if (span.inverse) printer.invert(true);
          printer.print(span.text);
          if (span.inverse) printer.invert(false);
          if (span.bold) printer.bold(false);
        }
        setSize(1);
        printer.newLine();
        break;
      case 'rule':
        printer.print('-'.repeat(line.cells));
        printer.newLine();
        break;
      case 'feed':
        printer.newLine();
        break;
      case 'barcode':
        if (line.centred) printer.alignCenter();
        if (type === 'star') {
          const width = STAR_MODULE[line.moduleDots as keyof typeof STAR_MODULE] ?? 'LARGE';
          printer.code128(line.data, { text: 1, width, height: line.heightDots });
        } else {
          // GS k 73 with "{B": code set B.
          printer.printBarcode(line.data, 73, {
            hriPos: 0,
            hriFont: 0,
            width: line.moduleDots,
            height: line.heightDots,
          });
        }
        printer.alignLeft();
        break;
    }
  };

  for (const page of plan.pages) {
    page.forEach(printLine);
    // Feed and cut after each page (package), then select the code page again: the cut resets it.
    printer.cut();
    printer.setCharacterSet(codePage);
  }
  return Buffer.from(printer.getBuffer());
}
