// Every schema migration, oldest first. Append new ones at the end; never edit a released one.
import { createOrders } from './0010-create-orders.ts';
import { createOrderSearch } from './0020-create-order-search.ts';
import { createStation } from './0030-create-station.ts';
import { createAuditLog } from './0040-create-audit-log.ts';
import { createSyncLease } from './0050-create-sync-lease.ts';
import { createOutbox } from './0060-create-outbox.ts';
import { createSettings } from './0070-create-settings.ts';
import { createPicking } from './0080-create-picking.ts';
import { createLookupIndexes } from './0090-create-lookup-indexes.ts';
import { createPrinters } from './0100-create-printers.ts';
import { createPrintJobs } from './0110-create-print-jobs.ts';
import { createOrderLocks } from './0120-create-order-locks.ts';
import { addPrintReasonCode } from './0130-add-print-reason-code.ts';
import { addPickOperator } from './0140-add-pick-operator.ts';
import { createQueueSearchIndexes } from './0150-create-queue-search-indexes.ts';
import { createFoldedSearchText } from './0160-create-folded-search-text.ts';
import { trimWriteIndexes } from './0170-trim-write-indexes.ts';
import { createSalesCache } from './0180-create-sales-cache.ts';
import { createLabelBoxOrders } from './0190-create-label-box-orders.ts';
import { leanPressWrites } from './0200-lean-press-writes.ts';
import { createShopOrders } from './0210-create-shop-orders.ts';
import { createShopPacking } from './0220-create-shop-packing.ts';
import type { Migration } from './runner.ts';

export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'create-orders', up: createOrders },
  { version: 20, name: 'create-order-search', up: createOrderSearch },
  { version: 30, name: 'create-station', up: createStation },
  { version: 40, name: 'create-audit-log', up: createAuditLog },
  { version: 50, name: 'create-sync-lease', up: createSyncLease },
  { version: 60, name: 'create-outbox', up: createOutbox },
  { version: 70, name: 'create-settings', up: createSettings },
  { version: 80, name: 'create-picking', up: createPicking },
  { version: 90, name: 'create-lookup-indexes', up: createLookupIndexes },
  { version: 100, name: 'create-printers', up: createPrinters },
  { version: 110, name: 'create-print-jobs', up: createPrintJobs },
  { version: 120, name: 'create-order-locks', up: createOrderLocks },
  { version: 130, name: 'add-print-reason-code', up: addPrintReasonCode },
  { version: 140, name: 'add-pick-operator', up: addPickOperator },
  { version: 150, name: 'create-queue-search-indexes', up: createQueueSearchIndexes },
  { version: 160, name: 'create-folded-search-text', up: createFoldedSearchText },
  { version: 170, name: 'trim-write-indexes', up: trimWriteIndexes },
  { version: 180, name: 'create-sales-cache', up: createSalesCache },
  { version: 190, name: 'create-label-box-orders', up: createLabelBoxOrders },
  { version: 200, name: 'lean-press-writes', up: leanPressWrites },
  { version: 210, name: 'create-shop-orders', up: createShopOrders },
  { version: 220, name: 'create-shop-packing', up: createShopPacking },
];
