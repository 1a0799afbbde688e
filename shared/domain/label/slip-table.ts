// The bill of materials table of the packing slip: columns for the page width, the header, one row
// per line (quantity, part number, product name).

import type { BomItem } from '../../api/equipme.ts';
import type { TextItem } from './label-layout.ts';
import { type Frame, textHeight, textItem } from './layout-kit.ts';
import type { SlipTexts } from './slip-language.ts';

export interface Columns {
  /** Narrow media: the product name goes under the part number, both as wide as the page allows. */
  stacked: boolean;
  qty: { x: number; width: number };
  part: { x: number; width: number };
  name: { x: number; width: number };
}

export function slipColumns(f: Frame, wide: boolean): Columns {
  const qtyWidth = Math.round(f.width * (wide ? 0.08 : 0.12));
  const gap = f.mm(wide ? 4 : 2);
  if (!wide) {
    const rest = { x: f.x + qtyWidth + gap, width: f.width - qtyWidth - gap };
    return { stacked: true, qty: { x: f.x, width: qtyWidth }, part: rest, name: rest };
  }
  const partWidth = Math.round(f.width * 0.27);
  return {
    stacked: false,
    qty: { x: f.x, width: qtyWidth },
    part: { x: f.x + qtyWidth + gap, width: partWidth },
    name: { x: f.x + qtyWidth + partWidth + 2 * gap, width: f.width - qtyWidth - partWidth - 2 * gap },
  };
}

/** The column titles: Qty, Part number, Product (stacked: Qty, "Part number, product"), in the slip's language. */
export function tableHeader(f: Frame, cols: Columns, y: number, size: number, words: SlipTexts): TextItem[] {
  const style = { size, bold: true };
  const qty = textItem(
    f,
    'table-header',
    [words.qty],
    { x: cols.qty.x, y, width: cols.qty.width },
    { ...style, align: 'right' },
  );
  if (cols.stacked) {
    return [
      qty,
      textItem(
        f,
        'table-header',
        [words.partAndProduct],
        { x: cols.part.x, y, width: cols.part.width },
        style,
      ),
    ];
  }
  return [
    qty,
    textItem(f, 'table-header', [words.partNumber], { x: cols.part.x, y, width: cols.part.width }, style),
    textItem(f, 'table-header', [words.product], { x: cols.name.x, y, width: cols.name.width }, style),
  ];
}

/** A table row keeps one type size: cells wrap (minimum size = size) rather than shrink one by one. */
export function tableRow(f: Frame, line: BomItem, cols: Columns, y: number, size: number): TextItem[] {
  const minSize = size;
  const product = line.product;
  const part = textItem(
    f,
    'table-cell',
    [product?.partNumber ?? '—'],
    { x: cols.part.x, y, width: cols.part.width },
    { size, minSize, maxLines: 3 },
  );
  const nameY = cols.stacked ? y + textHeight(part) + Math.round(size * 0.2) : y;
  return [
    textItem(
      f,
      'table-cell',
      [String(line.quantity)],
      { x: cols.qty.x, y, width: cols.qty.width },
      {
        size,
        minSize,
        align: 'right',
        bold: true,
      },
    ),
    // A packer matches part numbers character by character: they get room to wrap before any cut.
    part,
    textItem(
      f,
      'table-cell',
      [product?.name ?? '(no product data)'],
      { x: cols.name.x, y: nameY, width: cols.name.width },
      {
        size,
        minSize,
        maxLines: 3,
      },
    ),
  ];
}

export function totalQuantity(lines: readonly BomItem[]): number {
  return lines.reduce((sum, line) => sum + line.quantity, 0);
}
