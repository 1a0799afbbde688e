// The packing slip that goes into the parcel: who it is for, the customer's reference, the bill of
// materials as a table (quantity, part number, product) and the totals. A long list runs over
// several pages (sheets and labels) with the table header repeated; on a roll it just gets longer.
import type { FulfillmentOrder } from '../../api/equipme.ts';
import type { LabelContext } from './label-context.ts';
import { orderBarcode, orderMarkers, shipFromLines, shipToLines } from './label-context.ts';
import type { LabelLayout, LayoutItem, LayoutPage } from './label-layout.ts';
import { barcodeItem, type Frame, frameFor, markerRows, rule, textHeight, textItem } from './layout-kit.ts';
import { type SlipTexts, slipTexts } from './slip-language.ts';
import { slipColumns, tableHeader, tableRow, totalQuantity } from './slip-table.ts';

/** Below this content width the header is stacked instead of two columns. */
const WIDE_MM = 120;

export function layoutPackingSlip(order: FulfillmentOrder, ctx: LabelContext): LabelLayout {
  const f = frameFor(ctx.media, ctx.dpi, ctx.metrics);
  const words = slipTexts(ctx.language);
  const wide = f.width >= f.mm(WIDE_MM);
  const body = Math.max(f.mm(wide ? 3.5 : 3), 24);
  const small = Math.max(f.mm(3), 24);
  const gap = f.mm(1.5);
  const cols = slipColumns(f, wide);
  const footerHeight = f.pageHeight === null ? 0 : Math.round(small * 1.2) + gap;
  const bottom = f.pageHeight === null ? Number.POSITIVE_INFINITY : f.pageHeight - f.margin - footerHeight;

  const pages: LayoutItem[][] = [];
  let items: LayoutItem[] = [];
  let y = f.margin;

  const title = (continued: boolean) => {
    const text = continued ? words.continued : words.title;
    const width = wide && !continued ? Math.round(f.width * 0.55) : f.width;
    const item = textItem(
      f,
      'title',
      [text],
      { x: f.x, y, width },
      {
        size: f.mm(wide ? 8 : 5),
        minSize: f.mm(4),
        // A long title (Italian, French) wraps on narrow paper rather than losing its end.
        maxLines: 2,
        bold: true,
      },
    );
    items.push(item);
    return item;
  };

  const startTable = () => {
    items.push(...tableHeader(f, cols, y, body, words));
    y += Math.round(body * 1.2) + gap;
    items.push(rule(f, y));
    y += gap * 2;
  };

  const newPage = () => {
    pages.push(items);
    items = [];
    y = f.margin;
    y += textHeight(title(true)) + gap * 3;
    startTable();
  };

  // Header: title and ship-from, then the order facts next to the order barcode.
  const titleItem = title(false);
  const fromWidth = wide ? f.width - titleItem.width - f.mm(4) : f.width;
  const from = textItem(
    f,
    'ship-from',
    shipFromLines(ctx.shipFrom),
    {
      x: wide ? f.x + f.width - fromWidth : f.x,
      y: wide ? y : y + textHeight(titleItem) + gap,
      width: fromWidth,
    },
    { size: small, maxLines: 6, align: wide ? 'right' : 'left' },
  );
  items.push(from);
  y = Math.max(titleItem.y + textHeight(titleItem), from.y + textHeight(from)) + gap * 3;

  const facts = orderFacts(order, ctx, wide, words);
  const factsWidth = wide ? Math.round(f.width * 0.55) : f.width;
  const labelWidth = Math.round(factsWidth * 0.42);
  const factsTop = y;
  for (const [label, value] of facts) {
    const name = textItem(
      f,
      'caption',
      [label],
      { x: f.x, y, width: labelWidth - gap },
      { size: body, bold: true },
    );
    const text = textItem(
      f,
      'reference',
      [value],
      { x: f.x + labelWidth, y, width: factsWidth - labelWidth },
      { size: body, minSize: small, maxLines: 2 },
    );
    items.push(name, text);
    y += Math.max(textHeight(name), textHeight(text)) + gap;
  }
  const code = orderBarcode(order);
  const codeTextSize = small;
  const barcodeHeight = f.mm(wide ? 12 : 10);
  const codeArea = wide
    ? {
        x: f.x + factsWidth + f.mm(4),
        y: factsTop,
        width: f.width - factsWidth - f.mm(4),
        height: barcodeHeight,
      }
    : { x: f.x, y: y + gap, width: f.width, height: barcodeHeight };
  items.push(barcodeItem(f, code, codeArea, 0.35));
  const codeText = textItem(
    f,
    'barcode-text',
    [code],
    { x: codeArea.x, y: codeArea.y + barcodeHeight + gap, width: codeArea.width },
    { size: codeTextSize, align: 'center' },
  );
  items.push(codeText);
  y = Math.max(y, codeText.y + textHeight(codeText)) + gap * 2;

  const markers = orderMarkers(order, ctx.reprint);
  if (markers.length > 0) {
    const size = f.mm(4.5);
    const row = markerRows(f, y, markers, size);
    items.push(...row.items);
    y += row.height + gap * 2;
  }

  const shipToCaption = textItem(
    f,
    'caption',
    [words.shipTo],
    { x: f.x, y, width: f.width },
    { size: small, bold: true },
  );
  items.push(shipToCaption);
  y += shipToCaption.lineHeight;
  const shipTo = textItem(
    f,
    'ship-to',
    shipToLines(order, ctx.shipFrom),
    { x: f.x, y, width: wide ? Math.round(f.width * 0.7) : f.width },
    { size: f.mm(4.5), minSize: body, maxLines: 10 },
  );
  items.push(shipTo);
  y += textHeight(shipTo) + gap * 4;

  // The customer's note to the whole sales order goes into the box with the goods.
  const salesNote = ctx.salesNote?.trim();
  if (salesNote) {
    const caption = textItem(
      f,
      'caption',
      [words.customerNote],
      { x: f.x, y, width: f.width },
      { size: small, bold: true },
    );
    items.push(caption);
    y += caption.lineHeight;
    const note = textItem(
      f,
      'note',
      salesNote.split('\n'),
      { x: f.x, y, width: f.width },
      { size: body, minSize: small, maxLines: 8 },
    );
    items.push(note);
    y += textHeight(note) + gap * 4;
  }

  startTable();
  const lines = order.bomItems ?? [];
  if (lines.length === 0) {
    const none = textItem(f, 'notice', [words.noItems], { x: f.x, y, width: f.width }, { size: body });
    items.push(none);
    y += none.lineHeight + gap;
  }
  for (const line of lines) {
    const row = tableRow(f, line, cols, y, body);
    const height = Math.max(...row.map((cell) => cell.y + textHeight(cell))) - y;
    if (y + height > bottom) {
      newPage();
      const moved = tableRow(f, line, cols, y, body);
      items.push(...moved);
    } else {
      items.push(...row);
    }
    y += height + gap;
    items.push(rule(f, y, Math.max(1, f.mm(0.15))));
    y += gap;
  }

  const totals = textItem(
    f,
    'totals',
    [words.totals(lines.length, totalQuantity(lines))],
    { x: f.x, y: y + gap, width: f.width },
    { size: body, minSize: small, bold: true },
  );
  if (totals.y + textHeight(totals) > bottom) {
    newPage();
    totals.y = y + gap;
  }
  items.push(totals);
  y = totals.y + textHeight(totals);
  pages.push(items);

  return {
    kind: 'slip',
    media: ctx.media,
    dpi: ctx.dpi,
    widthDots: f.pageWidth,
    heightDots: f.pageHeight ?? 'continuous',
    pages: withFooters(pages, f, order, small, y, words),
  };
}

function orderFacts(
  order: FulfillmentOrder,
  ctx: LabelContext,
  wide: boolean,
  words: SlipTexts,
): [string, string][] {
  return [
    [words.order, order.order.orderNumber],
    [words.orderDate, order.order.created.slice(0, 10)],
    [words.customer, order.customer.name],
    [wide ? words.yourReference : words.yourRef, order.order.customerOrderNumber?.trim() || '—'],
    [wide ? words.fulfillmentOrder : words.fulfillment, String(order.id)],
    ...(ctx.orderedBy ? ([[words.orderedBy, ctx.orderedBy]] as [string, string][]) : []),
    [words.packed, ctx.date],
  ];
}

/** Page numbers at the bottom of fixed pages; a roll is one page as long as its content. */
function withFooters(
  pages: LayoutItem[][],
  f: Frame,
  order: FulfillmentOrder,
  size: number,
  contentEnd: number,
  words: SlipTexts,
): LayoutPage[] {
  if (f.pageHeight === null) {
    return pages.map((items) => ({ lengthDots: contentEnd + f.margin, items }));
  }
  const height = f.pageHeight;
  return pages.map((items, index) => {
    const footer = textItem(
      f,
      'page-number',
      [words.page(order.order.orderNumber, index + 1, pages.length)],
      { x: f.x, y: height - f.margin - size, width: f.width },
      { size, align: 'right' },
    );
    return { lengthDots: height, items: [...items, footer] };
  });
}
