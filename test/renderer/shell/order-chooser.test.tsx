// @vitest-environment happy-dom
// A scan that names several orders (fulfillment orders of one sales order share its number) opens
// the chooser; a scan that names one opens it at once.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ScanRouter } from '../../../renderer/app/scan/ScanRouter.tsx';
import { useNavigationStore } from '../../../renderer/app/use-navigation-store.ts';
import { useOrderChoiceStore } from '../../../renderer/app/use-order-choice-store.ts';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { OrderChooser } from '../../../renderer/features/order-chooser/OrderChooser.tsx';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { OrderMatch } from '../../../shared/ipc/orders.ts';
import { installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { scanKeys } from '../scan/scan-keys.ts';
import { orderMatch, settingsView } from '../station-fixtures.ts';

beforeAll(() => initI18n('en'));
beforeEach(() => resetStores(useNavigationStore, useOrderChoiceStore, useSettingsStore));
afterEach(cleanup);

const SHARED = 'SO-2026-012001';
const TWO: OrderMatch[] = [
  orderMatch(100_011, { orderNumber: SHARED, firstProduct: 'Dell Latitude 5440', customerName: 'Acme BV' }),
  orderMatch(100_012, {
    orderNumber: SHARED,
    firstProduct: '<img src=x onerror=alert(1)> Dock',
    effectiveStatus: 'inprocess',
    customerName: 'Acme BV',
  }),
  orderMatch(100_009, {
    orderNumber: SHARED,
    firstProduct: null,
    effectiveStatus: 'processed',
    closed: true,
  }),
];

function installLookup(matches: OrderMatch[]) {
  return installFakeStation({
    'settings:get': () => ({ ok: true, value: settingsView() }),
    'orders:lookup': () => ({
      ok: true,
      value: matches[0] ? { orderId: matches[0].orderId, matches } : null,
    }),
  });
}

async function renderShell() {
  render(
    <>
      <ScanRouter />
      <OrderChooser />
    </>,
  );
  await act(async () => {});
}

async function scanAndChoose() {
  scanKeys(SHARED);
  return screen.findByRole('dialog', { name: `3 orders share number ${SHARED}: which one?` });
}

describe('order chooser', () => {
  it('lists every order of the number with fulfillment id, first product, status and customer', async () => {
    installLookup(TWO);
    await renderShell();
    const dialog = await scanAndChoose();
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });
    const options = within(dialog).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      `${SHARED} #100011NewDell Latitude 5440Acme BV`,
      `${SHARED} #100012In process<img src=x onerror=alert(1)> DockAcme BV`,
      `${SHARED} #100009No longer openProcessedNo product namedAcme Logistics GmbH`,
    ]);
    // Markup in a product name is text, never an element.
    expect(dialog.querySelector('img')).toBeNull();
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
  });

  it('arrow keys and Enter open the chosen order', async () => {
    installLookup(TWO);
    await renderShell();
    const dialog = await scanAndChoose();
    const list = within(dialog).getByRole('listbox');
    expect(document.activeElement).toBe(list);
    const selected = () =>
      within(dialog)
        .getAllByRole('option')
        .findIndex((option) => option.getAttribute('aria-selected') === 'true');
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    expect(selected()).toBe(0);
    fireEvent.keyDown(list, { key: 'End' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(selected()).toBe(2);
    fireEvent.keyDown(list, { key: 'Home' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(within(dialog).getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 100_012 });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a click opens that order; Escape closes without opening any', async () => {
    installLookup(TWO);
    await renderShell();
    let dialog = await scanAndChoose();
    fireEvent.keyDown(within(dialog).getByRole('listbox'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useNavigationStore.getState().screen).toEqual({ name: 'queue' });

    dialog = await scanAndChoose();
    fireEvent.click(within(dialog).getByText('Dell Latitude 5440'));
    expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 100_011 });
  });

  it('a code that names one order opens it without asking', async () => {
    installLookup([orderMatch(100_020, { orderNumber: 'SO-2026-012002' })]);
    await renderShell();
    scanKeys('SO-2026-012002');
    await waitFor(() =>
      expect(useNavigationStore.getState().screen).toEqual({ name: 'order', orderId: 100_020 }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
