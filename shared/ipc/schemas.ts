// Runtime checks of what the renderer sends, one strict schema per invoke channel. Main (and the
// browser-mode host) only: the preload and renderer stay free of zod.
import { z } from 'zod';
import { FULFILLMENT_ACTIONS, FULFILLMENT_STATUSES, TRANSACTION_TYPES } from '../api/equipme.ts';
import type { InvokeArgs, InvokeChannel } from './contract.ts';

/** Control characters have no business in what an operator types or scans. */
const NO_CONTROL = /^[^\p{Cc}]*$/u;
/** Scanned codes may carry GS1 group separators (FNC1) between fields, no other control character. */
const GROUP_SEPARATOR = String.fromCharCode(0x1d);
const onlyScannerControls = (value: string) => NO_CONTROL.test(value.split(GROUP_SEPARATOR).join(''));
/** A reason may span lines, nothing else. */
const NO_CONTROL_BUT_LINES = /^[^\p{Cc}]*(?:[\n\r\t][^\p{Cc}]*)*$/u;

const id = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
const orderId = z.strictObject({ orderId: id });
const line = z.int().min(0).max(9_999);
const pin = z.string().regex(/^\d{4,12}$/, 'a PIN is 4 to 12 digits');
const entryId = z.uuid();
const text = (min: number, max: number) =>
  z.string().trim().min(min).max(max).regex(NO_CONTROL, 'control characters are not allowed');
const scanned = (max: number) =>
  z.string().trim().min(1).max(max).refine(onlyScannerControls, 'control characters are not allowed');
const reason = z
  .string()
  .trim()
  .min(3)
  .max(500)
  .regex(NO_CONTROL_BUT_LINES, 'control characters are not allowed');
const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;
const enumList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length).refine(unique, 'values must not repeat');
const locationIds = z.array(id).max(500).refine(unique, 'location ids must not repeat');
/** An http(s) base URL without credentials: the API key travels in a header, never in the URL. */
const apiUrl = z
  .url({ protocol: /^https?$/, message: 'the API URL must be an http(s) URL' })
  .max(2_000)
  .refine((value) => {
    // The refinement also runs after a failed URL check: only judge what parses.
    const url = URL.canParse(value) ? new URL(value) : undefined;
    return url === undefined || (url.username === '' && url.password === '' && url.hash === '');
  }, 'the API URL must not hold a user name, password or #fragment');
const activationDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const sound = z.strictObject({ enabled: z.boolean(), volume: z.number().min(0).max(1) });
const scanner = z.strictObject({
  maxInterKeyMs: z.int().min(5).max(1_000),
  minLength: z.int().min(1).max(64),
  terminator: z.enum(['Enter', 'Tab']),
});

export const INVOKE_ARGS_SCHEMAS: { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'station:info': z.undefined(),
  'orders:query': z.strictObject({
    text: z.string().max(200).regex(NO_CONTROL, 'control characters are not allowed').optional(),
    statuses: enumList(FULFILLMENT_STATUSES).optional(),
    transactionTypes: enumList(TRANSACTION_TYPES).optional(),
    locationIds: locationIds.optional(),
    preorder: z.boolean().optional(),
    sort: z.strictObject({
      by: z.enum(['created', 'order-number', 'customer']),
      direction: z.enum(['asc', 'desc']),
    }),
    offset: z.int().min(0).max(10_000_000),
    limit: z.int().min(1).max(500),
  }),
  'orders:get': orderId,
  'orders:lookup': z.strictObject({ code: scanned(200) }),
  'picks:record': z.strictObject({
    orderId: id,
    line,
    delta: z.literal([1, -1]),
    source: z.enum(['scan', 'manual']),
  }),
  'picks:learn-barcode': z.strictObject({ orderId: id, line, code: scanned(128), pin }),
  'picks:barcodes': z.undefined(),
  'picks:override': z.strictObject({ orderId: id, pin, reason }),
  'transitions:enqueue': z
    .strictObject({
      orderId: id,
      action: z.enum(FULFILLMENT_ACTIONS),
      activationDate: activationDate.optional(),
    })
    .refine((args) => args.activationDate === undefined || args.action === 'complete', {
      message: "an activation date only goes with 'complete'",
      path: ['activationDate'],
    }),
  'outbox:list': z.strictObject({
    states: enumList(['pending', 'sending', 'applied', 'failed', 'discarded', 'held']).optional(),
  }),
  'outbox:retry': z.strictObject({ entryId }),
  'outbox:discard': z.strictObject({ entryId, reason }),
  'sync:status': z.undefined(),
  'sync:now': z.undefined(),
  'settings:get': z.undefined(),
  'settings:update': z.strictObject({
    apiUrl: apiUrl.nullable().optional(),
    apiKey: text(1, 500).optional(),
    locationIds: locationIds.optional(),
    operator: text(0, 80).optional(),
    supervisorPin: z.strictObject({ current: pin.optional(), next: pin }).optional(),
    sound: sound.optional(),
    scanner: scanner.optional(),
    locale: z.enum(['en', 'nl', 'de']).optional(),
  }),
};
