// @vitest-environment happy-dom
// One press, one step on the order screen: after a change the buttons settle before they act and
// want a fresh press; what needs the operator's word asks first; buttons name their effect.
// Fake timers only: no test here waits on the wall clock.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n, LOCALES } from '../../../renderer/i18n/index.ts';
import { SETTLE_MS } from '../../../renderer/ui/use-press-guard.ts';
import { FULFILLMENT_ACTIONS, type FulfillmentOrder } from '../../../shared/api/equipme.ts';
import { printJob } from '../print/print-fixtures.ts';
import { scanKeys } from '../scan/scan-keys.ts';
import { fulfillmentOrder, installOrderStation } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeEach(() => {
  initI18n('en');
  resetStores();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const primary = () => document.querySelector('.order-action-primary') as HTMLButtonElement;
/** Lets the fake station's answers (promises, no timers) reach the screen. */
const answered = () => act(async () => {});
const later = (ms: number) => act(() => vi.advanceTimersByTime(ms));

/** What a mouse does: the button goes down, then the click. */
function clickLikeAMouse(target: HTMLElement) {
  fireEvent.pointerDown(target);
  fireEvent.click(target);
}

function pickEverything() {
  scanKeys('21ML0034GE');
  scanKeys('0195892012345');
  scanKeys('0195892012345');
}

/** Picked completely before it was packed: from ready-for-delivery on, scans no longer count. */
function packed(state: { order: FulfillmentOrder; picked: number[] }) {
  state.picked = (state.order.bomItems ?? []).map((item) => item.quantity);
}

describe('one press, one step', () => {
  it('a second click 400 ms after “Mark packed” does not dispatch; a fresh press after the settle does', async () => {
    const { station } = installOrderStation();
    await renderOrder();
    pickEverything();

    expect(primary().textContent).toBe('Mark packed');
    clickLikeAMouse(primary());
    await answered();
    expect(screen.getByText('Ready for delivery', { selector: '.status-badge' })).toBeTruthy();
    // The same big button now reads Dispatch: it is shown as not pressable while it settles.
    expect(primary().textContent).toBe('Dispatch');
    expect(primary().getAttribute('aria-disabled')).toBe('true');

    await later(400);
    clickLikeAMouse(primary());
    await answered();
    expect(screen.queryByRole('dialog')).toBeNull();

    // A mouse button that went down while it settled, let go after: not a fresh press.
    fireEvent.pointerDown(primary());
    await later(SETTLE_MS);
    expect(primary().getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(primary());
    await answered();
    expect(screen.queryByRole('dialog')).toBeNull();
    // Enter held down: its auto-repeat is not a press either.
    fireEvent.keyDown(primary(), { key: 'Enter', repeat: true });
    fireEvent.click(primary());
    await answered();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('transitions:enqueue')).toEqual([
      { orderId: 101, action: 'process', seenStatus: 'inprocess' },
    ]);

    // A fresh press after the settle acts (and, with no label printed, asks first).
    fireEvent.keyDown(primary(), { key: 'Enter' });
    fireEvent.click(primary());
    await answered();
    expect(screen.getByRole('dialog', { name: 'Dispatch: order SO-2026-0101?' })).toBeTruthy();
  });

  it('shows main’s refusal of a press on a status the order has left, and the order as it is now', async () => {
    const { state } = installOrderStation(fulfillmentOrder({ status: 'new' }));
    await renderOrder();
    expect(primary().textContent).toBe('Start picking');
    // Another station (or a second window) moved it on; this screen has not heard yet.
    state.effectiveStatus = 'inprocess';
    clickLikeAMouse(primary());
    await answered();
    expect(screen.getByRole('alert').textContent).toBe('Already inprocess.');
    expect(screen.getByText('In process', { selector: '.status-badge' })).toBeTruthy();
    expect(primary().textContent).toBe('Mark packed');
  });
});

describe('dispatch and delivery ask first', () => {
  it('asks before a dispatch without a printed label; going back sends nothing', async () => {
    const { station, state } = installOrderStation(fulfillmentOrder({ status: 'ready-for-delivery' }));
    packed(state);
    await renderOrder();

    clickLikeAMouse(button('Dispatch'));
    await answered();
    let dialog = screen.getByRole('dialog', { name: 'Dispatch: order SO-2026-0101?' });
    expect(
      within(dialog).getByText(
        'No shipping label has been printed for this order. Print the label first, or dispatch the parcel without one.',
      ),
    ).toBeTruthy();
    // The way back has the focus: a key still held down cannot confirm.
    expect(document.activeElement?.textContent).toBe('Go back');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    clickLikeAMouse(button('Dispatch'));
    await answered();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('transitions:enqueue')).toEqual([]);

    clickLikeAMouse(button('Dispatch'));
    await answered();
    dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Dispatch without label' }));
    await answered();
    expect(station.argsOf('transitions:enqueue')).toEqual([
      { orderId: 101, action: 'dispatchDelivery', seenStatus: 'ready-for-delivery', confirmed: true },
    ]);
    expect(screen.getByText('In delivery', { selector: '.status-badge' })).toBeTruthy();
  });

  it('dispatches at once when the printer took the label; a failed or queued label does not count', async () => {
    const { station, state } = installOrderStation(fulfillmentOrder({ status: 'ready-for-delivery' }));
    state.printJobs = [
      printJob({ state: 'failed' }),
      printJob({ state: 'queued' }),
      printJob({ kind: 'slip', state: 'printed' }),
    ];
    packed(state);
    await renderOrder();
    clickLikeAMouse(button('Dispatch'));
    await answered();
    expect(screen.getByRole('dialog')).toBeTruthy();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Go back' }));

    state.printJobs = [...state.printJobs, printJob({ state: 'printed' })];
    clickLikeAMouse(button('Dispatch'));
    await answered();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(station.argsOf('transitions:enqueue')).toEqual([
      { orderId: 101, action: 'dispatchDelivery', seenStatus: 'ready-for-delivery' },
    ]);
  });

  it('asks before confirming a delivery, every time', async () => {
    const { station, state } = installOrderStation(fulfillmentOrder({ status: 'in-delivery-outbound' }));
    state.printJobs = [printJob({ state: 'printed' })];
    await renderOrder();
    for (let round = 0; round < 2; round++) {
      clickLikeAMouse(button('Confirm delivery'));
      await answered();
      const dialog = screen.getByRole('dialog', { name: 'Confirm delivery: order SO-2026-0101?' });
      expect(within(dialog).getByText(/The customer has the parcel/)).toBeTruthy();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Go back' }));
    }
    expect(station.argsOf('transitions:enqueue')).toEqual([]);
    clickLikeAMouse(button('Confirm delivery'));
    await answered();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm delivery' }));
    await answered();
    expect(station.argsOf('transitions:enqueue')).toEqual([
      { orderId: 101, action: 'confirmDelivery', seenStatus: 'in-delivery-outbound', confirmed: true },
    ]);
  });
});

describe('buttons name their effect', () => {
  it('reads “Kommissionierung starten” and “Als verpackt markieren” in German, not “Bearbeiten”', async () => {
    initI18n('de');
    installOrderStation(fulfillmentOrder({ status: 'new' }));
    await renderOrder();
    expect(primary().textContent).toBe('Kommissionierung starten');
    cleanup();
    resetStores();
    installOrderStation();
    await renderOrder();
    expect(primary().textContent).toBe('Als verpackt markieren');
  });

  it('has a label for every action and both process steps in en, nl and de, none of them the API verb', () => {
    const expected = {
      en: { startPicking: 'Start picking', markPacked: 'Mark packed' },
      nl: { startPicking: 'Start met picken', markPacked: 'Markeer als ingepakt' },
      de: { startPicking: 'Kommissionierung starten', markPacked: 'Als verpackt markieren' },
    };
    for (const locale of LOCALES) {
      initI18n(locale);
      const label = (key: string) => i18n.t(`common:action.${key}`);
      expect({ startPicking: label('startPicking'), markPacked: label('markPacked') }).toEqual(
        expected[locale],
      );
      const labels = [...FULFILLMENT_ACTIONS, 'startPicking', 'markPacked'].map(label);
      for (const text of labels)
        expect(text).not.toMatch(/^common:|^action\.|^Bearbeiten$|^Verwerken$|^Process$/);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });
});
