// Canned station data for renderer tests: queue rows by the thousand, sync snapshots, settings.
import type { FulfillmentStatus } from '../../shared/api/equipme.ts';
import type { SyncStatus } from '../../shared/domain/sync-status.ts';
import type { OrderMatch, OrdersQueryArgs, OrdersQueryResult, QueueRow } from '../../shared/ipc/orders.ts';
import type { OutboxEntryView } from '../../shared/ipc/outbox.ts';
import type { SettingsView } from '../../shared/ipc/settings.ts';
import type { StationInfo } from '../../shared/ipc/station.ts';

const STATUSES: FulfillmentStatus[] = ['new', 'inprocess', 'ready-for-delivery'];

export function queueRow(index: number, patch: Partial<QueueRow> = {}): QueueRow {
  const n = String(index + 1).padStart(6, '0');
  return {
    id: index + 1,
    source: 'equipme',
    orderNumber: `SO-${n}`,
    externalId: null,
    customerName: `Customer ${n}`,
    serverStatus: STATUSES[index % 3] ?? 'new',
    effectiveStatus: STATUSES[index % 3] ?? 'new',
    transactionType: 'order',
    fulfillmentType: 'in-house',
    isPreorder: false,
    locationName: 'Utrecht',
    created: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
    postalCode: '3511 AB',
    country: 'NL',
    pending: 0,
    lock: null,
    firstProduct: `Laptop ${n}`,
    salesOrderId: 50_000 + index,
    group: null,
    ...patch,
  };
}

/** One order an `orders:lookup` answer names. */
export function orderMatch(orderId: number, patch: Partial<OrderMatch> = {}): OrderMatch {
  return {
    orderId,
    orderNumber: `SO-${orderId}`,
    firstProduct: 'Laptop 14"',
    effectiveStatus: 'new',
    customerName: 'Acme Logistics GmbH',
    closed: false,
    ...patch,
  };
}

/** An `orders:query` answer over `total` generated rows: only the asked window is built. */
export function ordersQueryAnswer(
  total: number,
  patchRow: (index: number) => Partial<QueueRow> = () => ({}),
) {
  return (args: OrdersQueryArgs): { ok: true; value: OrdersQueryResult } => {
    const end = Math.min(total, args.offset + args.limit);
    const rows = [];
    for (let i = args.offset; i < end; i++) rows.push(queueRow(i, patchRow(i)));
    return {
      ok: true,
      value: {
        rows,
        total,
        countsByStatus: {
          new: Math.ceil(total / 3),
          inprocess: Math.floor(total / 3),
          'ready-for-delivery': 7,
        },
        locations: [
          { id: 1, name: 'Utrecht' },
          { id: 2, name: 'Venlo' },
        ],
        sources: ['equipme'],
      },
    };
  };
}

export const STATION_INFO: StationInfo = {
  version: '0.1.0',
  mode: 'demo',
  apiUrl: 'http://127.0.0.1:4010',
  stationId: '0b7c5d2e-1111-4a4a-8888-123456789abc',
  shell: 'browser',
};

export function syncStatus(patch: Partial<SyncStatus> = {}): SyncStatus {
  return {
    connectivity: 'online',
    role: 'draining',
    alert: null,
    counts: { pending: 0, sending: 0, applied: 0, failed: 0, discarded: 0, held: 0 },
    rateLimitedUntil: null,
    lastPull: null,
    lastSalesPictureAt: null,
    lastProblem: null,
    lastProblemAt: null,
    lastSuccessAt: null,
    lockedOrders: 0,
    switchedOff: false,
    ...patch,
  };
}

export function settingsView(patch: Partial<SettingsView> = {}): SettingsView {
  return {
    apiUrl: null,
    apiKeySet: false,
    demo: true,
    locationIds: [],
    operator: 'Anna',
    badgePrefix: 'OP:',
    supervisorPinSet: false,
    sound: { enabled: true, volume: 0.8 },
    scanner: { maxInterKeyMs: 35, minLength: 4, terminator: 'Enter' },
    locale: 'en',
    manualCountNeedsSupervisor: true,
    packingInstructionKeys: ['packing.instructions', 'station.note'],
    equipme: { enabled: true, pollIntervalSeconds: 300 },
    sources: (['marketplace', 'emporix'] as const).map((source) => ({
      source,
      enabled: false,
      url: null,
      account: '',
      credentialSet: false,
      credentialProblem: null,
      pollIntervalSeconds: 60,
    })),
    updateChannel: 'stable',
    updateQuietHour: 3,
    stationPc: { windowMode: 'window', startAtLogin: false, displayId: null },
    ...patch,
  };
}

export function outboxEntry(patch: Partial<OutboxEntryView> = {}): OutboxEntryView {
  return {
    id: 'entry-1',
    orderId: 1,
    action: 'process',
    activationDate: null,
    statusBefore: 'new',
    expectedAfter: 'inprocess',
    state: 'pending',
    attempts: 0,
    createdAt: new Date().toISOString(),
    operator: 'Anna',
    lastError: null,
    offTable: false,
    appliedAt: null,
    discardReason: null,
    ...patch,
  };
}
