// Labels and packing slips: layout + render time per target, over seeded simulator orders.
import { toEscPos } from '../../electron/main/printing/escpos.ts';
import { toPdf } from '../../electron/main/printing/pdf.ts';
import { toZpl } from '../../electron/main/printing/zpl.ts';
import { generateOrders } from '../../electron/main/simulator/index.ts';
import type { FulfillmentOrder } from '../../shared/api/equipme.ts';
import type { ShipFrom } from '../../shared/domain/label/label-context.ts';
import { layoutPackingSlip } from '../../shared/domain/label/packing-slip.ts';
import { layoutShippingLabel } from '../../shared/domain/label/shipping-label.ts';
import { type Figure, summarize, time, timeAsync } from './measure.ts';

const SHIP_FROM: ShipFrom = {
  name: 'Köln Hub',
  address: { street: 'Industriestraße', number: '12', postalCode: '50667', city: 'Köln', countryCode: 'DE' },
};
const DATE = '2025-11-26';

export async function labelBench(): Promise<Record<string, Figure>> {
  const orders = generateOrders(7, 200);
  const label = (media: 'label-4x6' | 'roll-80mm') => (order: FulfillmentOrder) =>
    layoutShippingLabel(order, { media, dpi: 203, shipFrom: SHIP_FROM, date: DATE });
  const zebra = label('label-4x6');
  const roll = label('roll-80mm');
  // Warm up the JIT and pdfkit's font loading before measuring.
  for (const order of orders.slice(0, 5)) {
    toEscPos(roll(order));
    await toPdf(zebra(order));
  }

  const pdfSamples: number[] = [];
  for (const order of orders.slice(0, 100)) pdfSamples.push(await timeAsync(() => toPdf(zebra(order))));
  const slipSamples: number[] = [];
  for (const order of orders.slice(0, 50)) {
    slipSamples.push(
      await timeAsync(() =>
        toPdf(layoutPackingSlip(order, { media: 'a4', dpi: 300, shipFrom: SHIP_FROM, date: DATE })),
      ),
    );
  }
  return {
    'label.layout4x6': summarize(orders.map((order) => time(() => zebra(order)))),
    'label.zpl4x6': summarize(orders.map((order) => time(() => toZpl(zebra(order))))),
    'label.escposRoll80': summarize(orders.map((order) => time(() => toEscPos(roll(order))))),
    'label.pdf4x6': summarize(pdfSamples),
    'slip.pdfA4': summarize(slipSamples),
  };
}
