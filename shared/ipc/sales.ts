// The Equipme sales picture of one fulfillment order as the order screen sees it: the sales order it
// belongs to and its customer, from the station's copies (fetched when missing or stale, used as they
// are while offline: `fetchedAt` says how old a copy is). Text is plain text, never markup.
import type { SlipLanguage } from '../domain/label/slip-language.ts';

/** No copy yet (the station has not reached Equipme since the order came), or Equipme has none. */
export type NoCopy = { state: 'not-fetched' } | { state: 'not-found'; fetchedAt: string };

export type SalesOrderView =
  | NoCopy
  | {
      state: 'copy';
      fetchedAt: string;
      orderNumber: string;
      /** The customer's note to the whole sales order, HTML made plain text (line breaks kept). */
      note: string | null;
      customerOrderNumber: string | null;
      /** Who ordered: the person's name, else their e-mail or user name. */
      orderedBy: string | null;
      /** How many fulfillment orders the sales order has in Equipme (`items.total`). */
      fulfillmentOrders: number | null;
    };

/** A packing instruction: a customer metadata value under a key the settings name. */
export interface PackingInstruction {
  key: string;
  text: string;
}

export type CustomerView =
  | NoCopy
  | {
      state: 'copy';
      fetchedAt: string;
      name: string;
      /** Equipme marks the customer inactive (`active: false`). */
      inactive: boolean;
      /** The customer's language as Equipme sent it, and the packing slip's language from it. */
      language: string | null;
      slipLanguage: SlipLanguage;
      contactName: string | null;
      contactPhone: string | null;
      instructions: PackingInstruction[];
    };

export interface SalesPicture {
  salesOrder: SalesOrderView;
  customer: CustomerView;
  /**
   * The current packing instructions were acknowledged for this order (by whom, when); null while
   * they were not, or changed since. Without instructions there is nothing to acknowledge.
   */
  instructionsAcknowledged: { by: string; at: string } | null;
  /** What acknowledging these instructions is of (orders:acknowledge-instructions); null without any. */
  instructionsDigest: string | null;
}

/** Acknowledging the packing instructions the order screen showed (`instructionsDigest`). */
export interface AcknowledgeInstructionsArgs {
  orderId: number;
  digest: string;
}
