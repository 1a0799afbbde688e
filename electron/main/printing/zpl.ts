// ZPL II for Zebra printers: UTF-8 text (^CI28) in font 0, wrapped blocks with ^FB, rules and boxes
// with ^GB, and the order barcode with the printer's own Code 128 (^BC, code set B so it is exactly as
// wide as the layout planned).
import type {
  BarcodeItem,
  BoxItem,
  LabelLayout,
  LayoutItem,
  LayoutPage,
  LineItem,
  TextItem,
} from '../../../shared/domain/label/label-layout.ts';
import { withoutControls } from './control-characters.ts';

const JUSTIFY = { left: 'L', center: 'C', right: 'R' } as const;

/** One ^XA…^XZ format per page. */
export function toZpl(layout: LabelLayout): string {
  return layout.pages.map((page) => pageZpl(layout, page)).join('\n');
}

function pageZpl(layout: LabelLayout, page: LayoutPage): string {
  const lines = [
    '^XA',
    '^CI28',
    `^PW${layout.widthDots}`,
    `^LL${page.lengthDots}`,
    '^LH0,0',
    ...page.items.map(itemZpl),
    '^PQ1',
    '^XZ',
  ];
  return lines.join('\n');
}

function itemZpl(item: LayoutItem): string {
  switch (item.type) {
    case 'text':
      return textZpl(item);
    case 'line':
      return lineZpl(item);
    case 'box':
      return boxZpl(item);
    case 'barcode':
      return barcodeZpl(item);
  }
}

function textZpl(item: TextItem): string {
  if (item.lines.length === 0) return '';
  const spacing = item.lineHeight - item.size;
  const body = item.lines.map(escapeField).join('\\&');
  return (
    `^FO${item.x},${item.y}^A0N,${item.size},${item.size}` +
    `^FB${item.width},${item.lines.length},${spacing},${JUSTIFY[item.align]},0` +
    `${item.inverse ? '^FR' : ''}^FH_^FD${body}^FS`
  );
}

function lineZpl(item: LineItem): string {
  const [width, height] =
    item.direction === 'horizontal' ? [item.length, item.thickness] : [item.thickness, item.length];
  return `^FO${item.x},${item.y}^GB${width},${height},${item.thickness}^FS`;
}

function boxZpl(item: BoxItem): string {
  const thickness = item.filled ? Math.min(item.width, item.height) : item.thickness;
  return `^FO${item.x},${item.y}^GB${item.width},${item.height},${thickness}^FS`;
}

function barcodeZpl(item: BarcodeItem): string {
  // ">:" starts code set B; no interpretation line: the layout prints the text itself.
  return (
    `^BY${item.moduleWidth},3,${item.height}` +
    `^FO${item.x},${item.y}^BCN,${item.height},N,N,N,N^FD>:${item.data}^FS`
  );
}

/**
 * Field data through ^FH (hex escapes with "_"): the format prefix "^", the control prefix "~", the
 * escape itself and the backslash (^FB reads "\&" as a line break) go in as hex, so field data never
 * holds a byte the printer reads as a command; control characters are printed as "?".
 */
export function escapeField(text: string): string {
  return withoutControls(text).replace(
    /[_^~\\]/g,
    (char) => `_${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
