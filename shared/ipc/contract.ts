// The IPC contract: the one place that names channels and their payloads. Main, preload, the
// browser-mode host and the renderer derive their types from here; add a channel by adding an
// entry to a map and its list (the compiler then asks for its schema and handler).

import type { SyncStatus } from '../domain/sync-status.ts';
import type { IpcResponse } from './envelope.ts';
import type { ExportPackedArgs, ExportPackedResult } from './export.ts';
import type {
  OrderDetail,
  OrderLookupArgs,
  OrderLookupResult,
  OrdersQueryArgs,
  OrdersQueryResult,
  ReleaseLockArgs,
  TakeServerStatusArgs,
} from './orders.ts';
import type {
  EnqueueArgs,
  OutboxEntryView,
  OutboxListArgs,
  SupervisorActionArgs,
  TableDisagreement,
} from './outbox.ts';
import type {
  LearnBarcodeArgs,
  LearnedBarcode,
  PickRecordArgs,
  ScanMistakeArgs,
  ScanMistakeCounts,
  VerificationOverrideArgs,
} from './picking.ts';
import type {
  PrinterStatus,
  PrintersSaveArgs,
  PrinterTestResult,
  PrintJobsArgs,
  PrintJobView,
  PrintOrderArgs,
  PrintPreview,
  PrintPreviewArgs,
  PrintSettingsView,
} from './printing.ts';
import type { ResumePoint } from './recovery.ts';
import type { AcknowledgeInstructionsArgs } from './sales.ts';
import type { OperatorChange, OperatorSignInArgs, SettingsUpdateArgs, SettingsView } from './settings.ts';
import type {
  ShipmentArgs,
  ShipmentLabelArgs,
  ShipmentStepArgs,
  ShipmentStepResult,
  ShipmentView,
} from './shipment.ts';
import type { ShopStepArgs } from './shop-orders.ts';
import type { SourceSettingsUpdateArgs } from './sources.ts';
import type { BackupStatus, DiagnosticsWritten, StationInfo } from './station.ts';
import type { DisplayInfo } from './station-pc.ts';
import type { RendererErrorArgs, UpdateView } from './updates.ts';

/** Renderer → main request channels (`domain:verb`). `args: undefined` means the call takes none. */
export interface InvokeContract {
  'station:info': { args: undefined; result: StationInfo };
  /** The screen now shows this order (or no order: null): a reloaded page reopens it. */
  'station:showing': { args: { showing: ResumePoint | null }; result: null };
  /** After loading: the order the page showed before it crashed and reloaded, or null. */
  'station:resume': { args: undefined; result: ResumePoint | null };
  /** The displays the desktop app can open on (Settings → Station PC); null in browser mode. */
  'station:displays': { args: undefined; result: DisplayInfo[] | null };
  /** Writes the support zip into the data folder (no secrets in it) and answers where. */
  'station:diagnostics': { args: undefined; result: DiagnosticsWritten };
  /** The station's own backups: how many are kept, the newest, and whether the last one failed. */
  'station:backup-status': { args: undefined; result: BackupStatus };
  'orders:query': { args: OrdersQueryArgs; result: OrdersQueryResult };
  'orders:get': { args: { orderId: number }; result: OrderDetail };
  /** A scanned code → the order it opens, or null. */
  'orders:lookup': { args: OrderLookupArgs; result: OrderLookupResult | null };
  'picks:record': { args: PickRecordArgs; result: { picked: number[]; manual: number[] } };
  'picks:learn-barcode': { args: LearnBarcodeArgs; result: LearnedBarcode };
  'picks:barcodes': { args: undefined; result: LearnedBarcode[] };
  'picks:override': { args: VerificationOverrideArgs; result: OrderDetail };
  /** A wrong scan or over-scan, written to the audit log: the order's mistakes on record. */
  'picks:mistake': { args: ScanMistakeArgs; result: ScanMistakeCounts };
  /** The packer acknowledged the red screen of a mistake (audited). */
  'picks:acknowledge': { args: ScanMistakeArgs; result: ScanMistakeCounts };
  /** Discard this station's unsent steps of a locked order and take Equipme's status (audited). */
  'orders:take-server-status': { args: TakeServerStatusArgs; result: OrderDetail };
  /** A supervisor releases an order's lock (PIN + reason, audited). */
  'orders:release-lock': { args: ReleaseLockArgs; result: OrderDetail };
  /** The packer read the customer's packing instructions shown for this order (audited). */
  'orders:acknowledge-instructions': { args: AcknowledgeInstructionsArgs; result: OrderDetail };
  /** A sales order's fulfillment orders at this station as one shipment, in boxes by address. */
  'shipment:get': { args: ShipmentArgs; result: ShipmentView };
  /** One shipping label for a box of a shipment (every order verified, acknowledged, unlocked). */
  'shipment:print-label': { args: ShipmentLabelArgs; result: PrintJobView };
  /** Move every order of a box one step: one outbox entry per order, each sent exactly once. */
  'shipment:step': { args: ShipmentStepArgs; result: ShipmentStepResult };
  'transitions:enqueue': { args: EnqueueArgs; result: OutboxEntryView };
  /** A shop order's packing step, recorded at this station only (the shop is never told). */
  'shop:step': { args: ShopStepArgs; result: OrderDetail };
  /** A supervisor sends an action outside the lifecycle table (PIN + reason, online only, audited). */
  'transitions:supervisor': { args: SupervisorActionArgs; result: OutboxEntryView };
  /** Where Equipme and our lifecycle table disagreed, newest first. */
  'outbox:disagreements': { args: undefined; result: TableDisagreement[] };
  'outbox:list': { args: OutboxListArgs; result: OutboxEntryView[] };
  'outbox:retry': { args: { entryId: string }; result: OutboxEntryView };
  'outbox:discard': { args: { entryId: string; reason: string }; result: OutboxEntryView[] };
  'sync:status': { args: undefined; result: SyncStatus };
  /** Pull orders and drain the outbox now. */
  'sync:now': { args: undefined; result: SyncStatus };
  'settings:get': { args: undefined; result: SettingsView };
  'settings:update': { args: SettingsUpdateArgs; result: SettingsView };
  /** One order source's connection, account, poll interval or switch; always with the supervisor. */
  'settings:update-source': { args: SourceSettingsUpdateArgs; result: SettingsView };
  /** Sign in by name or badge; the own badge again signs out, another badge switches (audited). */
  'operator:sign-in': { args: OperatorSignInArgs; result: OperatorChange };
  'operator:sign-out': { args: undefined; result: OperatorChange };
  /** Print a label or packing slip; printing a kind again for the order needs `reprintReason`. */
  'print:order': { args: PrintOrderArgs; result: PrintJobView };
  'print:jobs': { args: PrintJobsArgs; result: PrintJobView[] };
  'print:retry': { args: { jobId: string }; result: PrintJobView };
  'print:cancel': { args: { jobId: string; reason: string }; result: PrintJobView };
  /** PNG pages rendered from the very layout that prints. */
  'print:preview': { args: PrintPreviewArgs; result: PrintPreview };
  'printers:list': { args: undefined; result: PrintSettingsView };
  'printers:save': { args: PrintersSaveArgs; result: PrintSettingsView };
  'printers:test': { args: { printerName: string }; result: PrinterTestResult };
  'printers:status': { args: { printerName: string }; result: PrinterStatus | null };
  /** Where the updater stands and whether it may ask the operator now. */
  'updates:status': { args: undefined; result: UpdateView };
  /** The operator agreed: install the update that is ready (refused while an order is open or a step sends). */
  'updates:install': { args: undefined; result: UpdateView };
  /** The operator said later: no more asking for this version (the quiet hour still installs it). */
  'updates:later': { args: undefined; result: UpdateView };
  /** An error in the renderer (window error, unhandled rejection, render error), for the station log. */
  'logs:renderer-error': { args: RendererErrorArgs; result: null };
  /** What was packed here for one source since a day, written into the exports folder (no PIN). */
  'export:packed': { args: ExportPackedArgs; result: ExportPackedResult };
}

/** Main → renderer pushed events and their payloads. */
export interface EventContract {
  'sync:status': SyncStatus;
  /** Orders whose cached data or effective status changed (after a pull, an applied transition…). */
  'orders:changed': { orderIds: number[] | 'all' };
  /** A print job changed state (queued, sending, sent, printed, failed). */
  'print:job': PrintJobView;
  /** The updater moved (checking, downloading, ready, failed) or whether it may ask changed. */
  'updates:status': UpdateView;
}

export type InvokeChannel = keyof InvokeContract;
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C]['args'];
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C]['result'];
export type EventChannel = keyof EventContract;
export type EventPayload<E extends EventChannel> = EventContract[E];

export const INVOKE_CHANNELS = [
  'station:info',
  'station:showing',
  'station:resume',
  'station:displays',
  'station:diagnostics',
  'station:backup-status',
  'orders:query',
  'orders:get',
  'orders:lookup',
  'orders:take-server-status',
  'orders:release-lock',
  'orders:acknowledge-instructions',
  'shipment:get',
  'shipment:print-label',
  'shipment:step',
  'picks:record',
  'picks:learn-barcode',
  'picks:barcodes',
  'picks:override',
  'picks:mistake',
  'picks:acknowledge',
  'transitions:enqueue',
  'shop:step',
  'transitions:supervisor',
  'outbox:disagreements',
  'outbox:list',
  'outbox:retry',
  'outbox:discard',
  'sync:status',
  'sync:now',
  'settings:get',
  'settings:update',
  'settings:update-source',
  'operator:sign-in',
  'operator:sign-out',
  'print:order',
  'print:jobs',
  'print:retry',
  'print:cancel',
  'print:preview',
  'printers:list',
  'printers:save',
  'printers:test',
  'printers:status',
  'updates:status',
  'updates:install',
  'updates:later',
  'logs:renderer-error',
  'export:packed',
] as const satisfies readonly InvokeChannel[];
export const EVENT_CHANNELS = [
  'sync:status',
  'orders:changed',
  'print:job',
  'updates:status',
] as const satisfies readonly EventChannel[];

// Compile-time proof that the lists above name every channel of the maps.
type Exhaustive<L extends readonly string[], U extends string> = [U] extends [L[number]] ? true : never;
export const CHANNEL_LISTS_ARE_EXHAUSTIVE: [
  Exhaustive<typeof INVOKE_CHANNELS, InvokeChannel>,
  Exhaustive<typeof EVENT_CHANNELS, EventChannel>,
] = [true, true];

/** Channels without arguments are called without them; the others need theirs. */
export type InvokeParams<C extends InvokeChannel> =
  undefined extends InvokeArgs<C> ? [args?: InvokeArgs<C>] : [args: InvokeArgs<C>];

/** What the preload exposes as `window.station` (and browser mode mirrors): exactly the contract. */
export interface StationBridge {
  invoke<C extends InvokeChannel>(
    channel: C,
    ...params: InvokeParams<C>
  ): Promise<IpcResponse<InvokeResult<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}
