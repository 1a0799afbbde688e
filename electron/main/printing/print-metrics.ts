// Which text metrics a printer's layout is measured with: the ones its output is drawn with, so the
// preview and the "cut to fit" notes are true for that printer.
import { PDF_METRICS } from '../../../shared/domain/label/dejavu-metrics.ts';
import { receiptMetrics } from '../../../shared/domain/label/receipt-cells.ts';
import { LABEL_METRICS, type TextMetrics } from '../../../shared/domain/label/text-metrics.ts';
import type { PrinterConfig } from '../../../shared/ipc/printing.ts';

export function metricsFor(printer: Pick<PrinterConfig, 'kind' | 'dpi'>): TextMetrics {
  switch (printer.kind) {
    case 'pdf-file':
      return PDF_METRICS;
    case 'escpos':
      return receiptMetrics('epson', printer.dpi);
    case 'star':
      return receiptMetrics('star', printer.dpi);
    // ZPL font 0's metrics live in the printer; the PNG is Zebrash's picture of that ZPL.
    case 'zpl':
    case 'png-file':
      return LABEL_METRICS;
  }
}
