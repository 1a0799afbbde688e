// The shipping label: ship-from and date/package on top, markers, the ship-to address big, then the
// order number and the order barcode (orderBarcode, which scan-to-open accepts) at the bottom. A label
// for a box of a shipment (ctx.box) names the sales order and the orders the box holds under it.
import type { FulfillmentOrder } from '../../api/equipme.ts';
import type { LabelContext } from './label-context.ts';
import { orderBarcode, orderMarkers, shipFromLines, shippingMethodOf, shipToLines } from './label-context.ts';
import type { LabelLayout, LayoutItem, TextItem } from './label-layout.ts';
import { labelText } from './label-text.ts';
import { barcodeItem, type Frame, frameFor, markerRows, rule, textHeight, textItem } from './layout-kit.ts';

/** On a roll the address may run this many lines before it is cut. */
const ROLL_SHIP_TO_LINES = 12;

export function layoutShippingLabel(order: FulfillmentOrder, ctx: LabelContext): LabelLayout {
  const f = frameFor(ctx.media, ctx.dpi, ctx.metrics);
  const { mm } = f;
  const small = Math.max(mm(3), 24);
  const gap = mm(1.5);
  const items: LayoutItem[] = [];
  const pkg = ctx.package ?? { number: 1, count: 1 };
  let y = f.margin;

  // Top: ship-from on the left, date and package on the right.
  // On a narrow roll "Package 10/12" needs a wider column than on a 4×6 label.
  const rightWidth = Math.round(f.width * (f.width < mm(80) ? 0.45 : 0.36));
  const leftWidth = f.width - rightWidth - mm(2);
  const from = textItem(f, 'caption', ['FROM'], { x: f.x, y, width: leftWidth }, { size: small, bold: true });
  const sender = textItem(
    f,
    'ship-from',
    shipFromLines(ctx.shipFrom),
    { x: f.x, y: y + from.lineHeight, width: leftWidth },
    { size: small, maxLines: 6 },
  );
  const rightX = f.x + f.width - rightWidth;
  const date = textItem(
    f,
    'date',
    [ctx.date],
    { x: rightX, y, width: rightWidth },
    { size: small, align: 'right' },
  );
  const pkgText = textItem(
    f,
    'package',
    [`Package ${pkg.number}/${pkg.count}`],
    { x: rightX, y: y + date.lineHeight + gap, width: rightWidth },
    { size: mm(5), minSize: small, bold: true, align: 'right' },
  );
  items.push(from, sender, date, pkgText);
  y = Math.max(sender.y + textHeight(sender), pkgText.y + textHeight(pkgText)) + gap;
  items.push(rule(f, y));
  y += gap * 2;

  const markers = orderMarkers(order, ctx.reprint);
  if (markers.length > 0) {
    const size = mm(5);
    const row = markerRows(f, y, markers, size);
    items.push(...row.items);
    y += row.height + gap;
  }

  const caption = textItem(
    f,
    'caption',
    ['SHIP TO'],
    { x: f.x, y, width: f.width },
    { size: small, bold: true },
  );
  items.push(caption);
  y += caption.lineHeight;

  // Bottom block (order number, barcode, its text), measured first so the address gets the rest.
  const barcodeHeight = mm(f.pageHeight === null ? 15 : 18);
  const orderSize = mm(6);
  const codeTextSize = mm(4);
  const boxLine = ctx.box ? boxLineItem(f, ctx.box, small) : null;
  const boxHeight = boxLine ? textHeight(boxLine) + gap : 0;
  // A shop order names how its shop ships it, on a line of its own under the order number.
  const method = shippingMethodOf(order);
  const methodLine = method
    ? textItem(
        f,
        'reference',
        [`Ship via ${method}`],
        { x: f.x, y: 0, width: f.width },
        { size: small, bold: true, maxLines: 2 },
      )
    : null;
  const methodHeight = methodLine ? textHeight(methodLine) + gap : 0;
  const bottomHeight =
    gap * 2 +
    Math.round(orderSize * 1.2) +
    gap +
    methodHeight +
    boxHeight +
    barcodeHeight +
    gap +
    codeTextSize;
  const shipToSize = mm(7);
  const shipToSpace =
    f.pageHeight === null
      ? Math.round(shipToSize * 1.2 * ROLL_SHIP_TO_LINES)
      : f.pageHeight - f.margin - bottomHeight - y - gap;
  const own = order.deliveryAddress?.phoneNumber?.trim();
  const contact = ctx.contactPhone?.trim();
  const phone = own ? `Tel. ${own}` : contact ? `Tel. ${contact} (customer contact)` : '';
  const phoneHeight = phone ? Math.round(small * 1.2) + gap : 0;
  const shipTo = textItem(
    f,
    'ship-to',
    shipToLines(order, ctx.shipFrom),
    { x: f.x, y, width: f.width, maxHeight: shipToSpace - phoneHeight },
    { size: shipToSize, minSize: mm(4), maxLines: 40, bold: true },
  );
  items.push(shipTo);
  y += textHeight(shipTo) + gap;
  if (phone) {
    const tel = textItem(f, 'phone', [phone], { x: f.x, y, width: f.width }, { size: small });
    items.push(tel);
    y += tel.lineHeight + gap;
  }

  y = f.pageHeight === null ? y : f.pageHeight - f.margin - bottomHeight;
  items.push(rule(f, y));
  y += gap * 2;
  const orderNumber = textItem(
    f,
    'order-number',
    [`Order ${(ctx.box && labelText(ctx.box.salesOrderNumber)) || order.order.orderNumber}`],
    { x: f.x, y, width: f.width },
    { size: orderSize, minSize: small, bold: true },
  );
  items.push(orderNumber);
  y += Math.round(orderSize * 1.2) + gap;
  if (methodLine) {
    items.push({ ...methodLine, y });
    y += methodHeight;
  }
  if (boxLine) {
    items.push({ ...boxLine, y });
    y += boxHeight;
  }
  const code = orderBarcode(order);
  const barcode = barcodeItem(f, code, { x: f.x, y, width: f.width, height: barcodeHeight }, 0.5);
  items.push(barcode);
  y += barcodeHeight + gap;
  items.push(
    textItem(
      f,
      'barcode-text',
      [code],
      { x: f.x, y, width: f.width },
      { size: codeTextSize, align: 'center' },
    ),
  );
  y += codeTextSize;

  return {
    kind: 'label',
    media: ctx.media,
    dpi: ctx.dpi,
    widthDots: f.pageWidth,
    heightDots: f.pageHeight ?? 'continuous',
    pages: [{ lengthDots: f.pageHeight ?? y + f.margin, items }],
  };
}

/**
 * The box line may wrap onto this many lines (a roll grows with its content, so one more there);
 * a longer list of orders ends in "+N more".
 */
const BOX_LINE_LINES = { label: 2, roll: 3 };

/**
 * "SO-2026-0042 · 3 orders in this box: 101, 102, 103": as many of the box's orders as fit, the rest
 * counted. When not even one fits beside the sales order number, the number is left out of this line
 * (the order number line above carries it). Laid out at y = 0; the caller places it.
 */
function boxLineItem(f: Frame, box: NonNullable<LabelContext['box']>, size: number): TextItem {
  const count = box.orderIds.length;
  const held = `${count} ${count === 1 ? 'order' : 'orders'} in this box`;
  const text = (prefix: string, shown: number) => {
    const rest = count - shown;
    return `${prefix}${held}: ${box.orderIds.slice(0, shown).join(', ')}${rest > 0 ? ` +${rest} more` : ''}`;
  };
  const fitted = (paragraph: string) =>
    textItem(
      f,
      'box',
      [paragraph],
      { x: f.x, y: 0, width: f.width },
      { size, maxLines: f.pageHeight === null ? BOX_LINE_LINES.roll : BOX_LINE_LINES.label },
    );
  let last: TextItem | null = null;
  const salesOrderNumber = labelText(box.salesOrderNumber);
  for (const prefix of salesOrderNumber === '' ? [''] : [`${salesOrderNumber} · `, '']) {
    for (let shown = count; shown >= 1; shown--) {
      last = fitted(text(prefix, shown));
      if (!last.truncated) return last;
    }
  }
  return last ?? fitted(held);
}
