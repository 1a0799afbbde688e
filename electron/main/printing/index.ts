// Printing: renderers (layout → printer language), drivers (bytes → printer), the print ledger's
// service and the printer settings.
export type { JobRef, PrinterDriver, SendResult } from './driver.ts';
export { type DriverTimings, driverFor } from './drivers.ts';
export { type EscPosOptions, type EscPosOutput, toEscPos, toStar } from './escpos.ts';
export type { PrinterType } from './escpos-charset.ts';
export { parseRealTimeStatus } from './escpos-status.ts';
export { fileDriver } from './file-driver.ts';
export { toPdf } from './pdf.ts';
export { toPng } from './png.ts';
export type { PrintError, PrintErrorCode } from './print-error.ts';
export type { LabelBox, PrintOrderError, PrintOrderErrorCode } from './print-order.ts';
export { contentHash, type PayloadFormat, type PrintPayload, renderPayload } from './print-payload.ts';
export {
  createPrintService,
  type PrintRequest,
  type PrintService,
  type PrintServiceOptions,
} from './print-service.ts';
export { printSettingsView, savePrintSettings } from './print-settings.ts';
export { checkPrinterConfig, PRINTER_KINDS, parsePrinterAddress } from './printer-config.ts';
export { thermalDriver } from './thermal-driver.ts';
export { zebraDriver } from './zebra-driver.ts';
export { parseHostStatus } from './zebra-status.ts';
export { toZpl } from './zpl.ts';
