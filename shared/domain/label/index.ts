// Label and packing slip layout: pure, in printer dots, the same for every printer language.

export { PDF_METRICS } from './dejavu-metrics.ts';
export type { LabelContext, ShipFrom } from './label-context.ts';
export { orderMarkers, shipFromLines, shipToLines } from './label-context.ts';
export type {
  Align,
  BarcodeItem,
  BoxItem,
  DocumentKind,
  LabelLayout,
  LayoutItem,
  LayoutPage,
  LineItem,
  TextItem,
  TextRole,
} from './label-layout.ts';
export { CODE128_QUIET_MODULES, code128Modules, joinLayouts, truncatedItems } from './label-layout.ts';
export { DPIS, type Dpi, MEDIA, MEDIA_IDS, type MediaId, type MediaSpec, mmToDots } from './media.ts';
export { layoutPackingSlip } from './packing-slip.ts';
export { cellMagnification, type ReceiptPrinterType, receiptMetrics } from './receipt-cells.ts';
export { REPRINT_CODES, type Reprint, type ReprintCode, reprintMarker } from './reprint.ts';
export { layoutShippingLabel } from './shipping-label.ts';
export { layoutTestPage, TEST_BARCODE } from './test-page.ts';
export { fitParagraphs, fitText, withEllipsis, wrapText } from './text-fit.ts';
export { LABEL_METRICS, type TextMetrics, textWidth } from './text-metrics.ts';
