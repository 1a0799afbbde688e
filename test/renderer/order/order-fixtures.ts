// A fake station for the order screen: one order whose picks, learned barcodes, override and
// transitions live in memory, answering the channels the screen uses the way main does.

import type { FulfillmentOrder, FulfillmentStatus } from '../../../shared/api/equipme.ts';
import { checkTransition, traitsOf, unknownToStation } from '../../../shared/domain/lifecycle.ts';
import { nextShopStep, shopStepRule } from '../../../shared/domain/shop-steps.ts';
import { confirmationReason, labelPrinted, orderActions } from '../../../shared/domain/workflow.ts';
import type { OrderDetail, OrderLockView } from '../../../shared/ipc/orders.ts';
import type { LearnedBarcode } from '../../../shared/ipc/picking.ts';
import type { PrintJobView } from '../../../shared/ipc/printing.ts';
import type { ShopOrderView } from '../../../shared/ipc/shop-orders.ts';
import { type FakeAnswers, installFakeStation } from '../fake-station.ts';
import { outboxEntry, settingsView } from '../station-fixtures.ts';

const link = (path: string) => ({ href: `https://equipme.example${path}` });

export const SUPERVISOR_PIN = '2468';

export function fulfillmentOrder(patch: Partial<FulfillmentOrder> = {}): FulfillmentOrder {
  return {
    id: 101,
    externalId: 'ERP-77812',
    transactionType: 'order',
    status: 'inprocess',
    fulfillmentType: 'in-house',
    isPreorder: false,
    partnerNote: null,
    offer: {
      id: 1,
      type: 'rental',
      purchasePrice: 0,
      recurringPrice: 49,
      currency: 'EUR',
      subscriptionPeriod: 36,
      self: link('/offers/1'),
    },
    service: { id: 1, name: 'Laptop as a service', self: link('/services/1') },
    order: {
      id: 5001,
      orderNumber: 'SO-2026-0101',
      created: '2026-11-20T09:15:00Z',
      self: link('/orders/5001'),
    },
    customer: { id: 7, name: 'Nordlicht GmbH', self: link('/customers/7') },
    orderedBy: { id: 3, firstName: 'Jana', lastName: 'Krüger', self: link('/employees/3') },
    deliveryAddress: {
      id: 11,
      line1: 'Nordlicht GmbH',
      street: 'Hafenstraße',
      number: '12',
      postalCode: '20457',
      city: 'Hamburg',
      countryCode: 'DE',
      phoneNumber: '+49 40 123456',
      self: link('/addresses/11'),
    },
    billingAddress: {
      id: 12,
      line1: 'Nordlicht GmbH Buchhaltung',
      street: 'Postweg',
      number: '1',
      postalCode: '20095',
      city: 'Hamburg',
      countryCode: 'DE',
      self: link('/addresses/12'),
    },
    bomItems: [
      {
        quantity: 1,
        product: {
          id: 1,
          name: 'Lenovo ThinkPad T14 Gen 5',
          partNumber: '21ML0034GE',
          externalId: '0196802345678',
          self: link('/products/1'),
        },
      },
      {
        quantity: 2,
        product: {
          id: 2,
          name: 'Lenovo USB-C Dock',
          partNumber: '40B5-0090EU',
          externalId: '0195892012345',
          self: link('/products/2'),
        },
      },
    ],
    self: link('/fulfillment/orders/101'),
    ...patch,
  };
}

/** A lock as main shows it: Equipme cancelled the order this station still expects at `new`. */
export function orderLock(patch: Partial<OrderLockView> = {}): OrderLockView {
  return {
    reason: 'conflict',
    serverStatus: 'cancelled',
    expected: 'new',
    since: '2026-11-26T10:00:00Z',
    message:
      "Equipme says this order is cancelled, but this station expected new: someone else changed or cancelled it. Do not pack or ship it. Ask your supervisor, or take Equipme's status.",
    canTakeServerStatus: true,
    ...patch,
  };
}

/** Installs the fake station around one order; `state` is what main would have saved. */
export function installOrderStation(order: FulfillmentOrder = fulfillmentOrder(), extra: FakeAnswers = {}) {
  const lines = order.bomItems?.length ?? 0;
  const state = {
    order,
    effectiveStatus: order.status as FulfillmentStatus,
    picked: Array.from({ length: lines }, () => 0),
    manual: Array.from({ length: lines }, () => 0),
    mistakes: { wrongScans: 0, overScans: 0 },
    /** Audit rows main would have written for mistakes and their acknowledgement. */
    mistakeLog: [] as { channel: 'picks:mistake' | 'picks:acknowledge'; code: string; kind: string }[],
    manualNeedsPin: true,
    learned: [] as LearnedBarcode[],
    override: null as OrderDetail['verificationOverride'],
    entries: [] as OrderDetail['entries'],
    lock: null as OrderLockView | null,
    supervisorActions: [] as OrderDetail['supervisorActions'],
    printJobs: [] as PrintJobView[],
    /** Set for a shop order: its facts and the steps recorded here (shop:step). */
    shop: null as ShopOrderView | null,
    sales: {
      salesOrder: { state: 'not-fetched' },
      customer: { state: 'not-fetched' },
      instructionsAcknowledged: null,
    } as OrderDetail['sales'],
  };
  const detail = (): OrderDetail => ({
    order: state.order,
    serverStatus: state.order.status,
    effectiveStatus: state.effectiveStatus,
    // As main: nothing while locked, the table's actions otherwise.
    allowedActions: state.lock ? [] : orderActions(state.effectiveStatus, traitsOf(state.order)),
    entries: state.entries,
    picked: [...state.picked],
    manual: [...state.manual],
    mistakes: { ...state.mistakes },
    picksLocked: ['new', 'inprocess'].includes(state.effectiveStatus)
      ? null
      : `Order ${state.order.order.orderNumber} is packed: its pick counts are locked.`,
    verificationOverride: state.override,
    unknownValues: [],
    unknownReason: unknownToStation(state.effectiveStatus, traitsOf(state.order)),
    supervisorActions: state.lock ? [] : state.supervisorActions,
    lock: state.lock,
    sales: state.sales,
    shop: state.shop,
  });
  const wrongPin = { ok: false as const, error: { code: 'wrong-pin' as const, message: 'Wrong PIN.' } };
  const station = installFakeStation({
    'settings:get': () => ({
      ok: true,
      value: settingsView({ manualCountNeedsSupervisor: state.manualNeedsPin }),
    }),
    'orders:get': () => ({ ok: true, value: detail() }),
    'picks:barcodes': () => ({ ok: true, value: state.learned }),
    'picks:record': ({ line, delta, source, pin }) => {
      if (!['new', 'inprocess'].includes(state.effectiveStatus))
        return { ok: false, error: { code: 'rejected', message: 'The pick counts are locked as packed.' } };
      const byHand = source === 'manual' && delta === 1;
      if (byHand && state.manualNeedsPin && pin !== SUPERVISOR_PIN) return wrongPin;
      const quantity = state.order.bomItems?.[line]?.quantity ?? 0;
      const before = state.picked[line] ?? 0;
      state.picked[line] = Math.min(quantity, Math.max(0, before + delta));
      const manual = (state.manual[line] ?? 0) + (byHand && (state.picked[line] ?? 0) > before ? 1 : 0);
      state.manual[line] = Math.min(manual, state.picked[line] ?? 0);
      return { ok: true, value: { picked: [...state.picked], manual: [...state.manual] } };
    },
    'picks:mistake': ({ code, kind }) => {
      state.mistakeLog.push({ channel: 'picks:mistake', code, kind });
      if (kind === 'wrong-item') state.mistakes.wrongScans++;
      else state.mistakes.overScans++;
      return { ok: true, value: { ...state.mistakes } };
    },
    'picks:acknowledge': ({ code, kind }) => {
      state.mistakeLog.push({ channel: 'picks:acknowledge', code, kind });
      return { ok: true, value: { ...state.mistakes } };
    },
    'picks:learn-barcode': ({ line, code, pin }) => {
      if (pin !== SUPERVISOR_PIN) return wrongPin;
      const learned = { code, partNumber: state.order.bomItems?.[line]?.product?.partNumber ?? '' };
      state.learned.push(learned);
      return { ok: true, value: learned };
    },
    'picks:override': ({ pin, reason }) => {
      if (pin !== SUPERVISOR_PIN) return wrongPin;
      state.override = { by: 'Anna', reason, at: '2026-11-26T10:00:00Z' };
      return { ok: true, value: detail() };
    },
    'orders:take-server-status': () => {
      const lock = state.lock;
      if (!lock || lock.reason === 'race')
        return { ok: false, error: { code: 'rejected', message: 'Not now.' } };
      state.entries = state.entries.map((entry) =>
        entry.state === 'applied' ? entry : { ...entry, state: 'discarded' as const },
      );
      if (lock.serverStatus !== null) {
        state.order = { ...state.order, status: lock.serverStatus };
        state.effectiveStatus = lock.serverStatus as FulfillmentStatus;
      }
      state.lock = null;
      return { ok: true, value: detail() };
    },
    'orders:release-lock': ({ pin }) => {
      if (pin !== SUPERVISOR_PIN) return wrongPin;
      state.lock = null;
      return { ok: true, value: detail() };
    },
    'transitions:supervisor': ({ action, pin }) => {
      if (pin !== SUPERVISOR_PIN) return wrongPin;
      const entry = outboxEntry({
        orderId: state.order.id,
        action,
        statusBefore: state.effectiveStatus,
        expectedAfter: 'cancelled',
        offTable: true,
      });
      state.entries = [...state.entries, entry];
      state.supervisorActions = [];
      return { ok: true, value: entry };
    },
    'print:jobs': ({ states }) => ({
      ok: true,
      value: state.printJobs.filter((job) => !states || states.includes(job.state)),
    }),
    'transitions:enqueue': ({ action, activationDate, seenStatus, confirmed }) => {
      if (state.lock) return { ok: false, error: { code: 'rejected', message: state.lock.message } };
      // As main: a press on a status the order has left, or without a confirmation it needs.
      if (seenStatus !== state.effectiveStatus)
        return { ok: false, error: { code: 'rejected', message: `Already ${state.effectiveStatus}.` } };
      const ask = confirmationReason(action, { labelPrinted: labelPrinted(state.printJobs) });
      if (ask && confirmed !== true)
        return { ok: false, error: { code: 'rejected', message: `Confirm first (${ask}).` } };
      const check = checkTransition(state.effectiveStatus, action, traitsOf(state.order));
      if (!check.ok) return { ok: false, error: { code: 'rejected', message: check.message } };
      const entry = outboxEntry({
        orderId: state.order.id,
        action,
        activationDate: activationDate ?? null,
        statusBefore: state.effectiveStatus,
        expectedAfter: check.to,
      });
      state.effectiveStatus = check.to;
      state.entries = [...state.entries, entry];
      return { ok: true, value: entry };
    },
    // As main: a shop order's step from the status on screen, the hand-over confirmed without a label.
    'shop:step': ({ step, seenStatus, confirmed }) => {
      const rule = shopStepRule(step);
      if (!state.shop || seenStatus !== state.effectiveStatus || rule.from !== seenStatus)
        return { ok: false, error: { code: 'rejected', message: `Already ${state.effectiveStatus}.` } };
      if (step === 'handed-to-carrier' && !labelPrinted(state.printJobs) && confirmed !== true)
        return { ok: false, error: { code: 'rejected', message: 'Confirm first (no-label).' } };
      state.effectiveStatus = rule.to;
      const steps = [
        ...state.shop.steps,
        { step, status: rule.to, operator: 'Anna', at: '2026-12-01T08:00:00.000Z' },
      ];
      state.shop = { ...state.shop, steps, nextStep: nextShopStep(rule.to)?.step ?? null };
      return { ok: true, value: detail() };
    },
    // As main: the instructions shown are acknowledged by the operator signed in.
    'orders:acknowledge-instructions': ({ digest }) => {
      if (digest !== state.sales.instructionsDigest)
        return { ok: false, error: { code: 'rejected', message: 'The packing instructions changed.' } };
      state.sales = {
        ...state.sales,
        instructionsAcknowledged: { by: 'Anna', at: '2026-12-01T08:00:00.000Z' },
      };
      return { ok: true, value: detail() };
    },
    ...extra,
  });
  return { station, state };
}
