// Every channel's argument schema: what the renderer may send, and what is refused before a handler runs.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../../shared/ipc/contract.ts';
import { INVOKE_ARGS_SCHEMAS } from '../../../shared/ipc/schemas.ts';

const ENTRY = '0190a000-0000-7000-8000-000000000001';
const QUERY = { sort: { by: 'created', direction: 'asc' }, offset: 0, limit: 500 };
const ZEBRA = { name: 'Zebra 1', kind: 'zpl', address: 'tcp://10.0.0.12:9100', dpi: 203, media: 'label-4x6' };
const FILES = { name: 'Files', kind: 'pdf-file', address: 'labels', dpi: 300, media: 'a4' };

const VALID: { [C in InvokeChannel]: unknown[] } = {
  'station:info': [undefined],
  'station:showing': [
    { showing: null },
    { showing: { orderId: 4711 } },
    { showing: { orderId: 4711, fromShipment: 90 } },
    { showing: { salesOrderId: 90 } },
  ],
  'station:resume': [undefined],
  'station:displays': [undefined],
  'station:diagnostics': [undefined],
  'station:backup-status': [undefined],
  'orders:query': [
    QUERY,
    {
      ...QUERY,
      text: 'SO-2026',
      statuses: ['new'],
      transactionTypes: ['order', 'swap'],
      locationIds: [3],
      preorder: false,
    },
    { ...QUERY, queueFacts: 'as-counted' },
    { ...QUERY, source: 'emporix' },
  ],
  'orders:get': [{ orderId: 4711 }],
  'orders:lookup': [{ code: 'PSO4711' }, { code: '  SO-2026-0042 ' }, { code: '0104006381333931\u001d10AB' }],
  'picks:record': [
    { orderId: 1, line: 0, delta: 1, source: 'scan' },
    { orderId: 1, line: 3, delta: -1, source: 'manual' },
    { orderId: 1, line: 0, delta: 1, source: 'manual', pin: '2468' },
  ],
  'picks:mistake': [
    { orderId: 1, code: '4006381333931', kind: 'wrong-item' },
    { orderId: 1, code: '<b>LT-14</b>', kind: 'over-scan', line: 2 },
  ],
  'picks:acknowledge': [{ orderId: 1, code: 'PSO7', kind: 'wrong-item' }],
  'picks:learn-barcode': [{ orderId: 1, line: 0, code: '4006381333931', pin: '1234' }],
  'picks:barcodes': [undefined],
  'picks:override': [{ orderId: 1, pin: '123456789012', reason: 'Label torn, checked by eye' }],
  'transitions:enqueue': [
    { orderId: 1, action: 'process', seenStatus: 'inprocess' },
    { orderId: 1, action: 'dispatchDelivery', seenStatus: 'ready-for-delivery', confirmed: true },
    { orderId: 1, action: 'complete', seenStatus: 'delivered-outbound', activationDate: '2026-12-01' },
    {
      orderId: 1,
      action: 'complete',
      seenStatus: 'delivered-outbound',
      activationDate: '2026-12-01T08:00:00+01:00',
    },
  ],
  'shop:step': [
    { orderId: -17592186044417, step: 'packing', seenStatus: 'new' },
    {
      orderId: -35184372088833,
      step: 'handed-to-carrier',
      seenStatus: 'ready-for-delivery',
      confirmed: true,
    },
  ],
  'orders:take-server-status': [{ orderId: 1, reason: 'Cancelled by the customer' }],
  'orders:release-lock': [{ orderId: 1, pin: '1234', reason: 'Box checked: one device inside' }],
  'shipment:get': [{ salesOrderId: 900001 }],
  'shipment:print-label': [
    { salesOrderId: 9, orderIds: [101] },
    { salesOrderId: 9, orderIds: [101, 102, 103], packages: 2, printerName: 'Zebra 1' },
    { salesOrderId: 9, orderIds: [101, 102], reprintReason: 'torn label', reprintCode: 'DAMAGED' },
  ],
  'shipment:step': [
    { salesOrderId: 9, orderIds: [101, 102], action: 'process', seenStatus: 'inprocess' },
    {
      salesOrderId: 9,
      orderIds: [101],
      action: 'dispatchDelivery',
      seenStatus: 'ready-for-delivery',
      confirmed: true,
    },
  ],
  'orders:acknowledge-instructions': [{ orderId: 1, digest: '[["packing.instructions","Fragile"]]' }],
  'transitions:supervisor': [
    { orderId: 1, action: 'cancel', pin: '1234', reason: 'Equipme support asked for it' },
    { orderId: 1, action: 'complete', pin: '1234', reason: 'Service only', activationDate: '2026-12-01' },
  ],
  'outbox:disagreements': [undefined],
  'outbox:list': [{}, { states: ['failed', 'held'] }],
  'outbox:retry': [{ entryId: ENTRY }],
  'outbox:discard': [{ entryId: ENTRY, reason: 'Customer cancelled by phone' }],
  'sync:status': [undefined],
  'sync:now': [undefined],
  'settings:get': [undefined],
  'settings:update': [
    {},
    { apiUrl: 'https://api.equipme.example/', apiKey: 'k-123' },
    { apiUrl: 'http://127.0.0.1:4010' },
    { apiUrl: null },
    { operator: 'Ana', locationIds: [1, 2], locale: 'de' },
    { supervisorPin: { next: '2468' } },
    { badgePrefix: 'OP:' },
    { badgePrefix: 'BADGE-' },
    { updateChannel: 'beta', updateQuietHour: 0, pin: '2468' },
    { updateChannel: 'stable', updateQuietHour: null },
    { supervisorPin: { current: '2468', next: '13579' } },
    {
      sound: { enabled: false, volume: 0.5 },
      scanner: { maxInterKeyMs: 40, minLength: 6, terminator: 'Tab' },
    },
    { stationPc: { windowMode: 'kiosk', startAtLogin: true, displayId: null }, pin: '2468' },
    { stationPc: { windowMode: 'window', startAtLogin: false, displayId: 2528732444 } },
  ],
  'settings:update-source': [
    { source: 'marketplace' },
    { source: 'emporix', enabled: true, url: 'https://api.emporix.io', account: 'acme', credential: 't-1' },
    { source: 'marketplace', url: null, pollIntervalSeconds: 15, pin: '2468' },
    { source: 'emporix', pollIntervalSeconds: 3600, enabled: false },
  ],
  'print:order': [
    { orderId: 1, kind: 'label' },
    { orderId: 1, kind: 'slip', printerName: 'Zebra 1' },
    { orderId: 1, kind: 'label', packages: 20, reprintReason: 'Label torn at the fold' },
  ],
  'print:jobs': [{}, { orderId: 1, states: ['queued', 'failed'], limit: 500 }],
  'print:retry': [{ jobId: ENTRY }],
  'print:cancel': [{ jobId: ENTRY, reason: 'Printed on the spare printer' }],
  'print:preview': [
    { orderId: 1, kind: 'label' },
    { orderId: 1, kind: 'slip', printerName: 'Files' },
  ],
  'printers:list': [undefined],
  'printers:save': [
    {},
    { upsert: [ZEBRA, FILES], defaults: { label: 'Zebra 1', slip: 'Files' } },
    {
      upsert: [
        { ...ZEBRA, address: 'tcp://zebra-2.warehouse.local' },
        { ...ZEBRA, name: 'Zebra 3', address: 'tcp://[fe80::1]:6101', dpi: 300 },
        { ...ZEBRA, name: 'Queue', address: 'printer:Zebra_ZT410' },
        { ...FILES, name: 'Packing PNGs', kind: 'png-file', address: 'labels/packing-2' },
        {
          name: 'Receipt',
          kind: 'escpos',
          address: 'tcp://10.0.0.20',
          dpi: 203,
          media: 'roll-80mm',
          codePage: 'WPC1252',
        },
      ],
    },
    { remove: ['Zebra 1'], defaults: { label: null } },
    {
      shipFrom: {
        name: 'Köln Hub',
        street: 'Hafenstraße',
        number: '4',
        postalCode: '50667',
        city: 'Köln',
        countryCode: 'DE',
      },
    },
    { shipFrom: null, autoPrint: { label: true, slip: false } },
  ],
  'printers:test': [{ printerName: 'Zebra 1' }],
  'printers:status': [{ printerName: 'Zebra 1' }],
  'operator:sign-in': [{ name: 'Ana' }, { badge: 'OP:Ana' }, { name: '<b>Ana</b>\u0007' }],
  'operator:sign-out': [undefined],
  'updates:status': [undefined],
  'updates:install': [undefined],
  'updates:later': [undefined],
  'logs:renderer-error': [
    { kind: 'error', message: 'x is not a function' },
    { kind: 'render', message: 'boom', stack: 'at A', source: 'in OrderScreen' },
    { kind: 'unhandled-rejection', message: 'x'.repeat(2_000) },
  ],
  'export:packed': [
    { source: 'marketplace', since: '2026-12-01', format: 'csv' },
    { source: 'equipme', since: '2024-02-29', format: 'json' },
  ],
};

const INVALID: { [C in InvokeChannel]: unknown[] } = {
  'station:info': [{}, null, 1],
  'station:showing': [
    {},
    { showing: { orderId: 0 } },
    { showing: { orderId: 1, screen: 'order' } },
    { showing: { salesOrderId: 0 } },
    { showing: { salesOrderId: 1, orderId: 2 } },
    null,
  ],
  'station:resume': [{}],
  'station:displays': [{ all: true }],
  'station:diagnostics': [{}, null, 'zip'],
  'station:backup-status': [{}, 0],
  'orders:query': [
    {},
    { ...QUERY, limit: 0 },
    { ...QUERY, limit: 501 },
    { ...QUERY, offset: -1 },
    { ...QUERY, text: 'x'.repeat(201) },
    { ...QUERY, text: 'a\u0000b' },
    { ...QUERY, statuses: ['new', 'new'] },
    { ...QUERY, transactionTypes: ['rental'] },
    { ...QUERY, locationIds: [0] },
    { ...QUERY, sort: { by: 'price', direction: 'asc' } },
    { ...QUERY, preorder: 'yes' },
    { ...QUERY, queueFacts: 'stale' },
    { ...QUERY, source: 'amazon' },
  ],
  'orders:get': [{}, { orderId: 0 }, { orderId: 1.5 }, { orderId: '7' }, { orderId: 7, extra: 1 }],
  'orders:lookup': [
    { code: '' },
    { code: '   ' },
    { code: 'x'.repeat(201) },
    { code: 7 },
    { code: 'a\u0007b' },
  ],
  'picks:record': [
    { orderId: 1, line: 0, delta: 2, source: 'scan' },
    { orderId: 1, line: -1, delta: 1, source: 'scan' },
    { orderId: 1, line: 0, delta: 1, source: 'telepathy' },
    { orderId: 1, line: 0, delta: 1 },
    { orderId: 1, line: 0, delta: 1, source: 'manual', pin: '12' },
  ],
  'picks:mistake': [
    { orderId: 1, code: '', kind: 'wrong-item' },
    { orderId: 1, code: 'x'.repeat(201), kind: 'wrong-item' },
    { orderId: 1, code: 'a\u0007b', kind: 'wrong-item' },
    { orderId: 1, code: 'LT-14', kind: 'typo' },
    { orderId: 1, code: 'LT-14', kind: 'over-scan', line: -1 },
  ],
  'picks:acknowledge': [
    { orderId: 0, code: 'LT-14', kind: 'wrong-item' },
    { orderId: 1, code: 'LT-14' },
  ],
  'picks:learn-barcode': [
    { orderId: 1, line: 0, code: '4006381333931', pin: '123' },
    { orderId: 1, line: 0, code: '4006381333931', pin: '1234567890123' },
    { orderId: 1, line: 0, code: '4006381333931', pin: '12a4' },
    { orderId: 1, line: 0, code: '', pin: '1234' },
    { orderId: 1, line: 0, code: 'x'.repeat(129), pin: '1234' },
  ],
  'picks:barcodes': [{}],
  'picks:override': [
    { orderId: 1, pin: '1234', reason: 'ok' },
    { orderId: 1, pin: '1234', reason: 'x'.repeat(501) },
    { orderId: 1, pin: '1234' },
  ],
  'transitions:enqueue': [
    { orderId: 1, action: 'ship', seenStatus: 'new' },
    { orderId: 1, action: 'process', seenStatus: 'new', activationDate: '2026-12-01' },
    { orderId: 1, action: 'complete', seenStatus: 'processed', activationDate: 'tomorrow' },
    // The status the operator saw is required, and only a known one.
    { orderId: 1, action: 'process' },
    { orderId: 1, action: 'process', seenStatus: 'on-hold' },
    { orderId: 1, action: 'process', seenStatus: '<b>new</b>' },
    { orderId: 1, action: 'dispatchDelivery', seenStatus: 'ready-for-delivery', confirmed: 'yes' },
  ],
  'shop:step': [
    // A key no source hands out, a step no shop order takes, a status nobody saw.
    { orderId: -1, step: 'packing', seenStatus: 'new' },
    { orderId: -17592186044417, step: 'cancel', seenStatus: 'new' },
    { orderId: -17592186044417, step: 'packed', seenStatus: 'on-hold' },
    { orderId: -17592186044417, step: 'packed' },
  ],
  'orders:take-server-status': [
    { orderId: 1, reason: 'no' },
    { orderId: 1 },
    { orderId: 0, reason: 'fine reason' },
  ],
  'shipment:get': [{}, { salesOrderId: 0 }, { salesOrderId: '9' }, { salesOrderId: 9, orderIds: [1] }],
  'shipment:print-label': [
    { salesOrderId: 9 },
    { salesOrderId: 9, orderIds: [] },
    { salesOrderId: 9, orderIds: [102, 101] },
    { salesOrderId: 9, orderIds: [101, 101] },
    { salesOrderId: 9, orderIds: Array.from({ length: 51 }, (_, i) => i + 1) },
    { salesOrderId: 9, orderIds: [101], packages: 21 },
    { salesOrderId: 9, orderIds: [101], reprintCode: 'BORED' },
  ],
  'shipment:step': [
    { salesOrderId: 9, orderIds: [101], action: 'process' },
    { salesOrderId: 9, orderIds: [101], action: 'teleport', seenStatus: 'new' },
    { salesOrderId: 9, orderIds: [101], action: 'process', seenStatus: 'on-hold' },
    { salesOrderId: 9, orderIds: [0], action: 'process', seenStatus: 'new' },
  ],
  'orders:acknowledge-instructions': [
    { orderId: 1 },
    { orderId: 1, digest: '' },
    { orderId: -1, digest: 'x' },
    { orderId: 1, digest: 'x', by: 'someone else' },
    { orderId: 1, digest: 'x'.repeat(100_001) },
  ],
  'orders:release-lock': [
    { orderId: 1, pin: '12', reason: 'Box checked' },
    { orderId: 1, reason: 'Box checked' },
    { orderId: 1, pin: '1234', reason: 'bad\u0007bell' },
  ],
  'transitions:supervisor': [
    { orderId: 1, action: 'ship', pin: '1234', reason: 'Support asked' },
    { orderId: 1, action: 'cancel', reason: 'Support asked' },
    { orderId: 1, action: 'cancel', pin: '1234', reason: 'Support asked', activationDate: '2026-12-01' },
  ],
  'outbox:disagreements': [{}],
  'outbox:list': [{ states: ['lost'] }, undefined],
  'outbox:retry': [{ entryId: 'not-a-uuid' }, {}],
  'outbox:discard': [{ entryId: ENTRY, reason: '' }, { entryId: ENTRY, reason: 'no' }, { entryId: ENTRY }],
  'sync:status': [{}],
  'sync:now': [{ force: true }],
  'settings:get': [{}],
  'settings:update': [
    { apiUrl: 'ftp://files.example' },
    { apiUrl: 'not a url' },
    { apiUrl: 'https://user:secret@api.example' },
    { apiKey: '' },
    { operator: 'x'.repeat(81) },
    { badgePrefix: 'OP' },
    { badgePrefix: 'O' },
    { updateChannel: 'nightly' },
    { updateQuietHour: 24 },
    { updateQuietHour: 2.5 },
    { badgePrefix: 'OP :' },
    { badgePrefix: '1234' },
    { supervisorPin: { next: '12' } },
    { sound: { enabled: true, volume: 2 } },
    { scanner: { maxInterKeyMs: 0, minLength: 4, terminator: 'Enter' } },
    { locale: 'fr' },
    { theme: 'dark' },
    { stationPc: { windowMode: 'borderless', startAtLogin: false, displayId: null } },
    { stationPc: { windowMode: 'kiosk', startAtLogin: true } },
    { stationPc: { windowMode: 'kiosk', startAtLogin: true, displayId: 1.5 } },
  ],
  'settings:update-source': [
    {},
    { source: 'equipme', enabled: true },
    { source: 'shopify' },
    { source: 'emporix', url: 'ftp://files.example' },
    { source: 'emporix', credential: '' },
    { source: 'emporix', account: 'acme\u0007' },
    { source: 'marketplace', pollIntervalSeconds: 5 },
    { source: 'marketplace', pollIntervalSeconds: 60.5 },
    { source: 'marketplace', apiKey: 'k' },
  ],
  'print:order': [
    { orderId: 1, kind: 'invoice' },
    { orderId: 1, kind: 'label', packages: 0 },
    { orderId: 1, kind: 'label', packages: 21 },
    { orderId: 1, kind: 'label', reprintReason: 'no' },
    { orderId: 1, kind: 'label', reprintReason: 'x'.repeat(501) },
    { orderId: 1, kind: 'label', printerName: '' },
    { orderId: 1, kind: 'label', printerName: 'x'.repeat(61) },
    { orderId: 1, kind: 'label', copies: 2 },
  ],
  'print:jobs': [{ states: ['lost'] }, { limit: 0 }, { limit: 501 }, undefined],
  'print:retry': [{ jobId: 'job-1' }, {}],
  'print:cancel': [{ jobId: ENTRY }, { jobId: ENTRY, reason: 'no' }],
  'print:preview': [{ orderId: 1 }, { orderId: 1, kind: 'label', packages: 2 }],
  'printers:list': [{}],
  'printers:save': [
    { upsert: [{ ...ZEBRA, address: 'http://10.0.0.12:9100' }] },
    { upsert: [{ ...ZEBRA, address: 'tcp://10.0.0.12:70000' }] },
    { upsert: [{ ...ZEBRA, address: 'tcp://bad host:9100' }] },
    { upsert: [{ ...ZEBRA, address: 'printer:-o evil' }] },
    { upsert: [{ ...ZEBRA, address: 'printer:' }] },
    { upsert: [{ ...FILES, address: '/tmp/anywhere' }] },
    { upsert: [{ ...FILES, address: 'C:\\Users\\Public' }] },
    { upsert: [{ ...FILES, address: 'labels/../../etc' }] },
    { upsert: [{ ...FILES, address: 'labels/a/b' }] },
    { upsert: [{ ...FILES, address: 'tcp://10.0.0.12:9100' }] },
    { upsert: [{ ...ZEBRA, dpi: 600 }] },
    { upsert: [{ ...ZEBRA, media: 'a5' }] },
    { upsert: [{ ...ZEBRA, kind: 'inkjet' }] },
    { upsert: [{ ...ZEBRA, codePage: 'WPC1252' }] },
    { upsert: [{ ...ZEBRA, name: '' }] },
    { upsert: [ZEBRA, ZEBRA] },
    { remove: ['Zebra 1', 'Zebra 1'] },
    { defaults: { invoice: 'Zebra 1' } },
    { shipFrom: { street: 'Hafenstraße' } },
    { shipFrom: { name: 'Köln Hub', countryCode: 'Germany' } },
    { autoPrint: { label: 'yes' } },
  ],
  'printers:test': [{}, { printerName: 'a\u0000b' }],
  'printers:status': [{ printerName: '' }],
  'operator:sign-in': [{}, { name: 'Ana', badge: 'OP:Ana' }, { name: 'x'.repeat(501) }, { badge: 7 }, null],
  'operator:sign-out': [{}, { name: 'Ana' }],
  'updates:status': [{}],
  'updates:install': [{ force: true }],
  'updates:later': [{}],
  'logs:renderer-error': [
    { kind: 'error', message: 'x'.repeat(2_001) },
    { kind: 'error', message: 'ok', stack: 'x'.repeat(8_001) },
    { kind: 'panic', message: 'boom' },
    { message: 'boom' },
  ],
  'export:packed': [
    {},
    { source: 'amazon', since: '2026-12-01', format: 'csv' },
    { source: 'emporix', since: '2026-02-30', format: 'csv' },
    { source: 'emporix', since: '1/12/2026', format: 'csv' },
    { source: 'emporix', since: '2026-12-01', format: 'xlsx' },
    { source: 'emporix', since: '2026-12-01', format: 'csv', path: '/etc/passwd' },
  ],
};

describe('IPC argument schemas', () => {
  it('cover every contract channel', () => {
    expect(Object.keys(INVOKE_ARGS_SCHEMAS).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  for (const channel of INVOKE_CHANNELS) {
    it.each(VALID[channel].map((args) => [JSON.stringify(args) ?? 'undefined', args]))(
      `${channel} accepts %s`,
      (_label, args) => {
        expect(INVOKE_ARGS_SCHEMAS[channel].safeParse(args).success).toBe(true);
      },
    );
    it.each(INVALID[channel].map((args) => [JSON.stringify(args) ?? 'undefined', args]))(
      `${channel} refuses %s`,
      (_label, args) => {
        expect(INVOKE_ARGS_SCHEMAS[channel].safeParse(args).success).toBe(false);
      },
    );
  }

  it('trims what operators type', () => {
    expect(INVOKE_ARGS_SCHEMAS['orders:lookup'].parse({ code: '  PSO12 ' })).toEqual({ code: 'PSO12' });
    expect(INVOKE_ARGS_SCHEMAS['settings:update'].parse({ operator: ' Ana ' })).toEqual({ operator: 'Ana' });
  });
});
