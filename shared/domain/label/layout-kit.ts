// Small helpers the label and slip layouts share: sizes in millimetres, fitted text items, rules,
// markers and the order barcode.
import type { BarcodeItem, BoxItem, LayoutItem, LineItem, TextItem, TextRole } from './label-layout.ts';
import { CODE128_QUIET_MODULES, code128Modules } from './label-layout.ts';
import { type Dpi, MEDIA, type MediaId, mmToDots } from './media.ts';
import { fitParagraphs } from './text-fit.ts';
import { LABEL_METRICS, type TextMetrics } from './text-metrics.ts';

/** The drawable area of a page and the unit converter for its resolution. */
export interface Frame {
  dpi: Dpi;
  media: MediaId;
  pageWidth: number;
  /** Page height, or null on a roll. */
  pageHeight: number | null;
  margin: number;
  /** Left edge and width of the content. */
  x: number;
  width: number;
  mm: (millimetres: number) => number;
  /** How wide text prints on the target: the layout measures with the printer's own metrics. */
  metrics: TextMetrics;
}

export function frameFor(media: MediaId, dpi: Dpi, metrics: TextMetrics = LABEL_METRICS): Frame {
  const spec = MEDIA[media];
  const margin = mmToDots(spec.marginMm, dpi);
  const pageWidth = spec.widthDots[dpi];
  return {
    dpi,
    media,
    pageWidth,
    pageHeight: spec.heightDots === 'continuous' ? null : spec.heightDots[dpi],
    margin,
    x: margin,
    width: pageWidth - 2 * margin,
    mm: (millimetres) => mmToDots(millimetres, dpi),
    metrics,
  };
}

export interface TextStyle {
  /** Preferred and smallest size, in dots. */
  size: number;
  minSize?: number;
  maxLines?: number;
  bold?: boolean;
  align?: TextItem['align'];
  inverse?: boolean;
}

export interface TextBox {
  x: number;
  y: number;
  width: number;
  /** Height the text may take; default: as many lines as maxLines allows. */
  maxHeight?: number;
}

/** A fitted text item (see text-fit.ts for the shrink → wrap → "…" order). */
export function textItem(
  frame: Frame,
  role: TextRole,
  paragraphs: readonly string[],
  box: TextBox,
  style: TextStyle,
): TextItem {
  const maxLines = style.maxLines ?? 1;
  const fitted = fitParagraphs(paragraphs, {
    width: box.width,
    maxHeight: box.maxHeight ?? Math.round(style.size * 1.2 * maxLines),
    size: style.size,
    minSize: style.minSize ?? style.size,
    maxLines,
    measure: (text, size) => frame.metrics.width(text, size, style.bold ?? false),
  });
  return {
    type: 'text',
    role,
    x: box.x,
    y: box.y,
    width: box.width,
    size: fitted.size,
    lineHeight: fitted.lineHeight,
    lines: fitted.lines,
    align: style.align ?? 'left',
    bold: style.bold ?? false,
    inverse: style.inverse ?? false,
    truncated: fitted.truncated,
    cutLines: fitted.cutLines,
  };
}

/** Height a text item takes on the page (0 when it has no lines). */
export function textHeight(item: TextItem): number {
  return item.lines.length === 0 ? 0 : (item.lines.length - 1) * item.lineHeight + item.size;
}

export function rule(frame: Frame, y: number, thickness = Math.max(2, frame.mm(0.4))): LineItem {
  return { type: 'line', x: frame.x, y, length: frame.width, thickness, direction: 'horizontal' };
}

/**
 * Words every packer must see (PREORDER, RETURN, DROPSHIP): white on black boxes, left to right,
 * on as many rows as they need. Returns the items and the height they take.
 */
export function markerRows(
  frame: Frame,
  top: number,
  words: readonly string[],
  size: number,
): { items: LayoutItem[]; height: number } {
  const pad = Math.round(size * 0.35);
  const boxHeight = size + 2 * pad;
  const right = frame.x + frame.width;
  const items: LayoutItem[] = [];
  let x = frame.x;
  let y = top;
  for (const word of words) {
    let width = Math.ceil(frame.metrics.width(word, size, true)) + 2 * pad;
    if (x > frame.x && x + width > right) {
      x = frame.x;
      y += boxHeight + pad;
    }
    width = Math.min(width, right - x);
    const box: BoxItem = { type: 'box', x, y, width, height: boxHeight, thickness: 0, filled: true };
    const label = textItem(
      frame,
      'marker',
      [word],
      { x: x + pad, y: y + pad, width: width - 2 * pad },
      {
        size,
        minSize: Math.round(size * 0.6),
        bold: true,
        align: 'center',
        inverse: true,
      },
    );
    items.push(box, label);
    x += width + pad;
  }
  return { items, height: words.length === 0 ? 0 : y + boxHeight - top };
}

/**
 * The order's Code 128 symbol centred in `[x, x + width)` with its quiet zones, modules as wide as
 * `maxModuleMm` allows, never under one dot.
 */
export function barcodeItem(
  frame: Frame,
  data: string,
  area: { x: number; y: number; width: number; height: number },
  maxModuleMm: number,
): BarcodeItem {
  const modules = code128Modules(data) + 2 * CODE128_QUIET_MODULES;
  const fits = Math.floor(area.width / modules);
  const moduleWidth = Math.max(1, Math.min(fits, Math.max(1, Math.round(frame.mm(maxModuleMm)))));
  const width = moduleWidth * code128Modules(data);
  return {
    type: 'barcode',
    symbology: 'code128',
    data,
    x: area.x + Math.max(0, Math.floor((area.width - width) / 2)),
    y: area.y,
    moduleWidth,
    height: area.height,
    width,
  };
}
