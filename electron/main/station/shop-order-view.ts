// The order screen's view of a shop order: the shop's facts from the cached JSON, the steps this
// station recorded, whether a label was printed (the print ledger) and the step it takes next.
import { shopLabelBarcode } from '../../../shared/domain/scan-codes.ts';
import { nextShopStep } from '../../../shared/domain/shop-steps.ts';
import { labelPrinted } from '../../../shared/domain/workflow.ts';
import type { ShopOrderFacts, ShopOrderView } from '../../../shared/ipc/shop-orders.ts';
import type { StationDb } from '../db/connection.ts';
import type { CachedOrder } from '../db/order-columns.ts';
import { listPrintJobs } from '../db/print-ledger.ts';
import { shopStepsOf } from '../db/shop-packing.ts';

/** The shop's facts of a cached order, or null for an Equipme order. */
export function shopFactsOf(order: CachedOrder['order']): ShopOrderFacts | null {
  const shop = (order as { shop?: ShopOrderFacts }).shop;
  return order.id < 0 && shop ? shop : null;
}

export function shopOrderView(db: StationDb, cached: CachedOrder): ShopOrderView | null {
  const facts = shopFactsOf(cached.order);
  if (!facts) return null;
  const jobs = listPrintJobs(db, { orderId: cached.id, states: ['sent', 'printed'] });
  return {
    ...facts,
    labelBarcode: shopLabelBarcode(facts.source, facts.id),
    steps: shopStepsOf(db, cached.id).map(({ step, status, operator, at }) => ({
      step,
      status,
      operator,
      at,
    })),
    labelPrinted: labelPrinted(jobs),
    nextStep: cached.closed || cached.lock ? null : (nextShopStep(cached.effectiveStatus)?.step ?? null),
  };
}
