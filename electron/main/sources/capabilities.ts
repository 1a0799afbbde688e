// What each source may be sent, read from the sources themselves: a table keyed by every source name,
// so a new source cannot be listed (`station sources`) without saying what it can be told.
import type { OrderSourceName } from '../../../shared/domain/order-sources.ts';
import { EMPORIX_CAPABILITIES } from './emporix/client.ts';
import { EQUIPME_CAPABILITIES } from './equipme/source.ts';
import { MARKETPLACE_CAPABILITIES } from './marketplace/client.ts';
import type { SourceCapabilities } from './order-source.ts';

export const SOURCE_CAPABILITIES: Readonly<Record<OrderSourceName, SourceCapabilities>> = {
  equipme: EQUIPME_CAPABILITIES,
  marketplace: MARKETPLACE_CAPABILITIES,
  emporix: EMPORIX_CAPABILITIES,
};

/** A source that takes no status change is read-only: the station packs its orders and tells it nothing. */
export function sendsStatusChanges(capabilities: SourceCapabilities): boolean {
  return capabilities.transitions.length > 0;
}
