// Runtime checks of what the renderer sends, one strict schema per invoke channel. Main (and the
// browser-mode host) only: the preload and renderer stay free of zod.
import { z } from 'zod';
import { FULFILLMENT_ACTIONS, FULFILLMENT_STATUSES, TRANSACTION_TYPES } from '../api/equipme.ts';
import type { DocumentKind } from '../domain/label/label-layout.ts';
import { DPIS, MEDIA_IDS } from '../domain/label/media.ts';
import { badgePrefixProblem } from '../domain/operator-badge.ts';
import { sourceOfKey } from '../domain/order-keys.ts';
import { ORDER_SOURCES, SHOP_SOURCES } from '../domain/order-sources.ts';
import type { InvokeArgs, InvokeChannel } from './contract.ts';
import { CODE_PAGES, type PrinterKind, type PrintJobState, REPRINT_CODES } from './printing.ts';
import { apiUrlProblem, SUPERVISOR_PIN_PATTERN } from './settings.ts';
import { EQUIPME_POLL_INTERVAL_SECONDS, POLL_INTERVAL_SECONDS } from './sources.ts';

/** Control characters have no business in what an operator types or scans. */
const NO_CONTROL = /^[^\p{Cc}]*$/u;
/** Scanned codes may carry GS1 group separators (FNC1) between fields, no other control character. */
const GROUP_SEPARATOR = String.fromCharCode(0x1d);
const onlyScannerControls = (value: string) => NO_CONTROL.test(value.split(GROUP_SEPARATOR).join(''));
/** A reason may span lines, nothing else. */
const NO_CONTROL_BUT_LINES = /^[^\p{Cc}]*(?:[\n\r\t][^\p{Cc}]*)*$/u;

const id = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
/** An order key: an Equipme id, or a shop order's negative key (shared/domain/order-keys.ts). */
const orderKey = z
  .int()
  .min(Number.MIN_SAFE_INTEGER)
  .max(Number.MAX_SAFE_INTEGER)
  .refine((key) => sourceOfKey(key) !== null, 'not an order key of any source');
const orderId = z.strictObject({ orderId: orderKey });
const line = z.int().min(0).max(9_999);
const pin = z.string().regex(SUPERVISOR_PIN_PATTERN, 'a PIN is 4 to 12 digits');
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
/** A box of a shipment as the packer saw it: its orders' ids, ascending, each once. */
const boxOrderIds = z
  .array(id)
  .min(1)
  .max(50)
  .refine((ids) => ids.every((value, index) => index === 0 || value > (ids[index - 1] ?? 0)), {
    message: 'order ids ascending, each once',
  });
const locationIds = z.array(id).max(500).refine(unique, 'location ids must not repeat');
/** An http(s) base URL without credentials: the API key travels in a header, never in the URL. */
const apiUrl = z
  .url({ protocol: /^https?$/, message: 'the API URL must be an http(s) URL' })
  .max(2_000)
  .refine((value) => {
    // The refinement also runs after a failed URL check: only judge what parses.
    const url = URL.canParse(value) ? new URL(value) : undefined;
    return url === undefined || (url.username === '' && url.password === '' && url.hash === '');
  }, 'the API URL must not hold a user name, password or #fragment')
  .refine(
    (value) => apiUrlProblem(value) !== 'not-https',
    'the API URL must start with https:// (plain http only to this computer: localhost, 127.x.x.x or [::1])',
  );
const activationDate = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const scanMistake = z.strictObject({
  orderId: orderKey,
  code: scanned(200),
  kind: z.enum(['wrong-item', 'over-scan']),
  line: line.optional(),
});

const sound = z.strictObject({ enabled: z.boolean(), volume: z.number().min(0).max(1) });
const scanner = z.strictObject({
  maxInterKeyMs: z.int().min(5).max(1_000),
  minLength: z.int().min(1).max(64),
  terminator: z.enum(['Enter', 'Tab']),
});

// Printing. The lists are checked against the types: a new kind or state is a compile error here.
const DOCUMENT_KINDS = ['label', 'slip'] as const satisfies readonly DocumentKind[];
const PRINTER_KINDS = [
  'zpl',
  'escpos',
  'star',
  'pdf-file',
  'png-file',
] as const satisfies readonly PrinterKind[];
const JOB_STATES = [
  'queued',
  'sending',
  'sent',
  'printed',
  'failed',
] as const satisfies readonly PrintJobState[];
type Covers<L extends readonly string[], U extends string> = [U] extends [L[number]] ? true : never;
export const PRINT_LISTS_ARE_EXHAUSTIVE: [
  Covers<typeof DOCUMENT_KINDS, DocumentKind>,
  Covers<typeof PRINTER_KINDS, PrinterKind>,
  Covers<typeof JOB_STATES, PrintJobState>,
] = [true, true, true];

const printerName = text(1, 60);
const jobId = z.uuid();
const documentKind = z.enum(DOCUMENT_KINDS);

const HOST =
  /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)$/;
/** tcp://host[:port], the printer's raw port (9100 when left out). */
function isTcpAddress(address: string): boolean {
  const match = /^tcp:\/\/(\[[^\]]*\]|[^/:]+)(?::(\d{1,5}))?\/?$/.exec(address);
  if (!match?.[1] || !HOST.test(match[1]) || match[1].length > 253) return false;
  const port = match[2] === undefined ? 9100 : Number(match[2]);
  return port >= 1 && port <= 65_535;
}
/** printer:QUEUE — a CUPS queue name; never one that `lp` could read as an option. */
const OS_QUEUE = /^printer:[A-Za-z0-9_][A-Za-z0-9_.@-]{0,126}$/;
/** Where a file printer's folder is given over IPC: `labels` or `labels/<folder>` in the data dir. */
export const LABELS_FOLDER_ADDRESS = 'labels';
/**
 * File printers write under the station's labels folder only (`labels` or `labels/<folder>`): a
 * compromised renderer must not be able to write files anywhere else. Any other folder is set with
 * the station CLI, by someone at the machine.
 */
const LABELS_FOLDER = new RegExp(`^${LABELS_FOLDER_ADDRESS}(?:/[A-Za-z0-9][A-Za-z0-9_-]{0,59})?$`);

const printerConfig = z
  .strictObject({
    name: printerName,
    kind: z.enum(PRINTER_KINDS),
    address: z.string().trim().min(1).max(300),
    dpi: z.literal(DPIS),
    media: z.enum(MEDIA_IDS),
    codePage: z.enum(CODE_PAGES).optional(),
  })
  .superRefine((printer, ctx) => {
    const { kind, address } = printer;
    const files = kind === 'pdf-file' || kind === 'png-file';
    const reachable =
      LABELS_FOLDER.test(address) || (!files && (isTcpAddress(address) || OS_QUEUE.test(address)));
    if (!reachable) {
      ctx.addIssue({
        code: 'custom',
        path: ['address'],
        message: files
          ? `a ${kind} printer writes to ${LABELS_FOLDER_ADDRESS} or ${LABELS_FOLDER_ADDRESS}/<folder> (letters, digits, _ and -)`
          : `use tcp://host:port, printer:QUEUE or ${LABELS_FOLDER_ADDRESS}/<folder>`,
      });
    }
    if (printer.codePage !== undefined && kind !== 'escpos' && kind !== 'star') {
      ctx.addIssue({
        code: 'custom',
        path: ['codePage'],
        message: 'a code page is only for ESC/POS and Star printers',
      });
    }
  });

const optionalLine = (max: number) => text(0, max).nullable().optional();
const shipFrom = z.strictObject({
  name: text(1, 80),
  line1: optionalLine(120),
  street: optionalLine(120),
  number: optionalLine(20),
  addition: optionalLine(40),
  postalCode: optionalLine(20),
  city: optionalLine(80),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'a two-letter country code (ISO 3166-1)')
    .nullable()
    .optional(),
  regionCode: optionalLine(10),
  phoneNumber: optionalLine(40),
});

const printersSave = z
  .strictObject({
    upsert: z.array(printerConfig).max(20).optional(),
    remove: z.array(printerName).max(50).optional(),
    defaults: z
      .strictObject({ label: printerName.nullable().optional(), slip: printerName.nullable().optional() })
      .optional(),
    shipFrom: shipFrom.nullable().optional(),
    autoPrint: z.strictObject({ label: z.boolean().optional(), slip: z.boolean().optional() }).optional(),
    pin: pin.optional(),
  })
  .refine((change) => unique((change.upsert ?? []).map((p) => p.name)), {
    message: 'printer names must not repeat',
    path: ['upsert'],
  })
  .refine((change) => unique(change.remove ?? []), { message: 'names must not repeat', path: ['remove'] });

export const INVOKE_ARGS_SCHEMAS: { [C in InvokeChannel]: z.ZodType<InvokeArgs<C>> } = {
  'station:info': z.undefined(),
  'station:diagnostics': z.undefined(),
  'station:backup-status': z.undefined(),
  'orders:query': z.strictObject({
    text: z.string().max(200).regex(NO_CONTROL, 'control characters are not allowed').optional(),
    statuses: enumList(FULFILLMENT_STATUSES).optional(),
    transactionTypes: enumList(TRANSACTION_TYPES).optional(),
    locationIds: locationIds.optional(),
    preorder: z.boolean().optional(),
    source: z.enum(ORDER_SOURCES).optional(),
    sort: z.strictObject({
      by: z.enum(['created', 'order-number', 'customer']),
      direction: z.enum(['asc', 'desc']),
    }),
    offset: z.int().min(0).max(10_000_000),
    limit: z.int().min(1).max(500),
    queueFacts: z.enum(['current', 'as-counted']).optional(),
  }),
  'orders:get': orderId,
  'export:packed': z.strictObject({
    source: z.enum(ORDER_SOURCES),
    since: z.iso.date(),
    format: z.enum(['csv', 'json']),
  }),
  'orders:lookup': z.strictObject({ code: scanned(200) }),
  'orders:take-server-status': z.strictObject({ orderId: orderKey, reason }),
  'orders:release-lock': z.strictObject({ orderId: orderKey, pin, reason }),
  'orders:acknowledge-instructions': z.strictObject({
    orderId: orderKey,
    digest: z.string().min(1).max(100_000),
  }),
  'shipment:get': z.strictObject({ salesOrderId: id }),
  'shipment:print-label': z.strictObject({
    salesOrderId: id,
    orderIds: boxOrderIds,
    packages: z.int().min(1).max(20).optional(),
    printerName: printerName.optional(),
    reprintReason: reason.optional(),
    reprintCode: z.enum(REPRINT_CODES).optional(),
  }),
  'shipment:step': z.strictObject({
    salesOrderId: id,
    orderIds: boxOrderIds,
    action: z.enum(FULFILLMENT_ACTIONS),
    seenStatus: z.enum(FULFILLMENT_STATUSES),
    confirmed: z.boolean().optional(),
  }),
  'picks:record': z.strictObject({
    orderId: orderKey,
    line,
    delta: z.literal([1, -1]),
    source: z.enum(['scan', 'manual']),
    pin: pin.optional(),
  }),
  'picks:learn-barcode': z.strictObject({ orderId: orderKey, line, code: scanned(128), pin }),
  'picks:barcodes': z.undefined(),
  'picks:override': z.strictObject({ orderId: orderKey, pin, reason }),
  'picks:mistake': scanMistake,
  'picks:acknowledge': scanMistake,
  'transitions:enqueue': z
    .strictObject({
      orderId: orderKey,
      action: z.enum(FULFILLMENT_ACTIONS),
      seenStatus: z.enum(FULFILLMENT_STATUSES),
      confirmed: z.boolean().optional(),
      activationDate: activationDate.optional(),
    })
    .refine((args) => args.activationDate === undefined || args.action === 'complete', {
      message: "an activation date only goes with 'complete'",
      path: ['activationDate'],
    }),
  'shop:step': z.strictObject({
    orderId: orderKey,
    step: z.enum(['packing', 'packed', 'handed-to-carrier']),
    seenStatus: z.enum(FULFILLMENT_STATUSES),
    confirmed: z.boolean().optional(),
  }),
  'transitions:supervisor': z
    .strictObject({
      orderId: orderKey,
      action: z.enum(FULFILLMENT_ACTIONS),
      pin,
      reason,
      activationDate: activationDate.optional(),
    })
    .refine((args) => args.activationDate === undefined || args.action === 'complete', {
      message: "an activation date only goes with 'complete'",
      path: ['activationDate'],
    }),
  'outbox:disagreements': z.undefined(),
  'outbox:list': z.strictObject({
    states: enumList(['pending', 'sending', 'applied', 'failed', 'discarded', 'held']).optional(),
  }),
  'outbox:retry': z.strictObject({ entryId }),
  'outbox:discard': z.strictObject({ entryId, reason }),
  'sync:status': z.undefined(),
  'sync:now': z.undefined(),
  'station:showing': z.strictObject({
    showing: z
      .union([
        z.strictObject({ orderId: orderKey, fromShipment: id.optional() }),
        z.strictObject({ salesOrderId: id }),
      ])
      .nullable(),
  }),
  'station:resume': z.undefined(),
  'station:displays': z.undefined(),
  'settings:get': z.undefined(),
  'settings:update': z.strictObject({
    apiUrl: apiUrl.nullable().optional(),
    apiKey: text(1, 500).optional(),
    locationIds: locationIds.optional(),
    operator: text(0, 80).optional(),
    badgePrefix: z
      .string()
      .refine(
        (prefix) => badgePrefixProblem(prefix) === null,
        'a badge prefix is 2 to 16 characters without spaces, with at least one symbol (e.g. OP:)',
      )
      .optional(),
    supervisorPin: z.strictObject({ current: pin.optional(), next: pin }).optional(),
    pin: pin.optional(),
    sound: sound.optional(),
    scanner: scanner.optional(),
    locale: z.enum(['en', 'nl', 'de']).optional(),
    manualCountNeedsSupervisor: z.boolean().optional(),
    updateChannel: z.enum(['stable', 'beta']).optional(),
    updateQuietHour: z.int().min(0).max(23).nullable().optional(),
    // Metadata keys are at most 150 characters in the sales spec.
    packingInstructionKeys: z
      .array(text(1, 150))
      .max(20)
      .refine(unique, 'each packing instruction key once')
      .optional(),
    stationPc: z
      .strictObject({
        windowMode: z.enum(['kiosk', 'fullscreen', 'window']),
        startAtLogin: z.boolean(),
        displayId: z.int().nullable(),
      })
      .optional(),
    equipme: z
      .strictObject({
        enabled: z.boolean().optional(),
        pollIntervalSeconds: z
          .int()
          .min(EQUIPME_POLL_INTERVAL_SECONDS.min)
          .max(EQUIPME_POLL_INTERVAL_SECONDS.max)
          .optional(),
      })
      .optional(),
  }),
  'settings:update-source': z.strictObject({
    source: z.enum(SHOP_SOURCES),
    enabled: z.boolean().optional(),
    url: apiUrl.nullable().optional(),
    account: text(0, 200).optional(),
    credential: text(1, 2_000).optional(),
    pollIntervalSeconds: z.int().min(POLL_INTERVAL_SECONDS.min).max(POLL_INTERVAL_SECONDS.max).optional(),
    pin: pin.optional(),
  }),
  // Main cleans the name (controls, spaces) and says in words what is wrong with it.
  'operator:sign-in': z.union([
    z.strictObject({ name: z.string().max(500) }),
    z.strictObject({ badge: z.string().max(500) }),
  ]),
  'operator:sign-out': z.undefined(),
  'print:order': z.strictObject({
    orderId: orderKey,
    kind: documentKind,
    printerName: printerName.optional(),
    packages: z.int().min(1).max(20).optional(),
    reprintReason: reason.optional(),
    reprintCode: z.enum(REPRINT_CODES).optional(),
  }),
  'print:jobs': z.strictObject({
    orderId: orderKey.optional(),
    states: enumList(JOB_STATES).optional(),
    limit: z.int().min(1).max(500).optional(),
  }),
  'print:retry': z.strictObject({ jobId }),
  'print:cancel': z.strictObject({ jobId, reason }),
  'print:preview': z.strictObject({
    orderId: orderKey,
    kind: documentKind,
    printerName: printerName.optional(),
  }),
  'printers:list': z.undefined(),
  'printers:save': printersSave,
  'printers:test': z.strictObject({ printerName }),
  'printers:status': z.strictObject({ printerName }),
  'updates:status': z.undefined(),
  'updates:install': z.undefined(),
  'updates:later': z.undefined(),
  // Capped: a renderer stuck in an error loop must not fill the disk (main also limits the rate).
  'logs:renderer-error': z.strictObject({
    kind: z.enum(['error', 'unhandled-rejection', 'render']),
    message: z.string().max(2_000),
    stack: z.string().max(8_000).optional(),
    source: z.string().max(2_000).optional(),
  }),
};
