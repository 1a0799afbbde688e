// The printer-independent description of a label or packing slip: what goes where, in printer dots.
// Every renderer (ZPL, ESC/POS, Star, PDF, PNG) draws exactly these items, so all targets agree.
import type { Dpi, MediaId } from './media.ts';

export type DocumentKind = 'label' | 'slip';

/** What a text item is, so tests and previews can find it (the renderers ignore it). */
export type TextRole =
  | 'caption'
  | 'ship-from'
  | 'ship-to'
  | 'phone'
  | 'date'
  | 'package'
  | 'order-number'
  | 'box'
  | 'barcode-text'
  | 'marker'
  | 'title'
  | 'reference'
  | 'table-header'
  | 'table-cell'
  | 'totals'
  | 'page-number'
  | 'notice'
  | 'note';

export type Align = 'left' | 'center' | 'right';

/** One or more lines of text inside a box; the layout already shrank, wrapped and cut it. */
export interface TextItem {
  type: 'text';
  role: TextRole;
  x: number;
  y: number;
  /** The box the lines must stay inside (alignment is relative to it). */
  width: number;
  /** Font size in dots: the em height, as ZPL ^A0 and PDF font sizes mean it. */
  size: number;
  /** Distance from one line's top to the next's. */
  lineHeight: number;
  lines: string[];
  align: Align;
  bold: boolean;
  /** White on black (draw it on a filled box). */
  inverse: boolean;
  /** Something did not fit and was cut: the lines in `cutLines` end with "…". */
  truncated: boolean;
  /** Indices of the lines that end where text was cut (any line, not only the last). */
  cutLines: number[];
}

/** A horizontal or vertical rule. */
export interface LineItem {
  type: 'line';
  x: number;
  y: number;
  length: number;
  thickness: number;
  direction: 'horizontal' | 'vertical';
}

export interface BoxItem {
  type: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Border thickness; ignored when filled. */
  thickness: number;
  filled: boolean;
}

/**
 * A Code 128 symbol, always in code set B so every target draws the same width
 * (`code128Modules`). Quiet zones are outside x…x+width and kept free by the layout.
 */
export interface BarcodeItem {
  type: 'barcode';
  symbology: 'code128';
  data: string;
  x: number;
  y: number;
  /** Narrowest bar in dots. */
  moduleWidth: number;
  height: number;
  /** moduleWidth × code128Modules(data). */
  width: number;
}

export type LayoutItem = TextItem | LineItem | BoxItem | BarcodeItem;

export interface LayoutPage {
  /** Page length in dots: the media height, or what the content needs on a roll. */
  lengthDots: number;
  items: LayoutItem[];
}

export interface LabelLayout {
  kind: DocumentKind;
  media: MediaId;
  dpi: Dpi;
  widthDots: number;
  heightDots: number | 'continuous';
  /** A shipping label has one page per package; a long packing slip runs over several. */
  pages: LayoutPage[];
}

/** Modules of a Code 128 symbol in code set B: start, one per character, check, stop (13). */
export function code128Modules(data: string): number {
  return 11 * (data.length + 2) + 13;
}

/** Quiet zone on each side of a Code 128 symbol, in modules (ISO/IEC 15417 asks for 10). */
export const CODE128_QUIET_MODULES = 10;

/** Every item of a layout that was cut to fit: what the operator should be told about. */
export function truncatedItems(layout: LabelLayout): TextItem[] {
  return layout.pages.flatMap((page) =>
    page.items.filter((item): item is TextItem => item.type === 'text' && item.truncated),
  );
}

/** Puts the pages of several layouts for the same media into one (packages 1…m of one order). */
export function joinLayouts(layouts: readonly LabelLayout[]): LabelLayout {
  const [first, ...rest] = layouts;
  if (!first) throw new RangeError('joinLayouts needs at least one layout');
  for (const other of rest) {
    if (other.media !== first.media || other.dpi !== first.dpi || other.kind !== first.kind) {
      throw new RangeError('joinLayouts: all layouts must share kind, media and resolution');
    }
  }
  return { ...first, pages: layouts.flatMap((layout) => layout.pages) };
}
