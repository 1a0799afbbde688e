// @vitest-environment happy-dom
// The sales picture on the order screen: the customer's packing instructions, prominent, with the
// button that acknowledges exactly what is shown; an inactive customer; the customer's note to the
// sales order as text (never markup); its references and the copies' age.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { fulfillmentOrder, installOrderStation } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetStores);
afterEach(cleanup);

const AT = '2026-12-01T07:30:00.000Z';
const DIGEST = '[["packing.instructions","Fragile: pack upright."]]';

function picture(): OrderDetail['sales'] {
  return {
    salesOrder: {
      state: 'copy',
      fetchedAt: AT,
      orderNumber: 'SO-2026-012345',
      note: 'Deliver before 10.\n<b>Gate B</b>',
      customerOrderNumber: 'PO-4711',
      orderedBy: 'Erika Muster',
      fulfillmentOrders: 3,
    },
    customer: {
      state: 'copy',
      fetchedAt: AT,
      name: 'Nordlicht GmbH',
      inactive: true,
      language: 'de',
      slipLanguage: 'de',
      contactName: 'Jonas Berg',
      contactPhone: null,
      instructions: [{ key: 'packing.instructions', text: 'Fragile: pack upright.' }],
    },
    instructionsAcknowledged: null,
    instructionsDigest: DIGEST,
  };
}

describe('the sales picture on the order screen', () => {
  it('shows the instructions first, and acknowledges what it showed', async () => {
    const { station, state } = installOrderStation(fulfillmentOrder({ status: 'new' }));
    state.sales = picture();
    await renderOrder();
    const box = screen.getByRole('region', { name: 'Packing instructions from Nordlicht GmbH' });
    expect(box.textContent).toContain('Fragile: pack upright.');
    expect(screen.getByText('Inactive customer').getAttribute('title')).toMatch(
      /^Equipme marks this customer as inactive\. Ask a supervisor/,
    );
    // The note is text: its markup shows as characters, nothing is rendered from it.
    const note = screen.getByText(/Deliver before 10\./);
    expect(note.textContent).toBe('Deliver before 10.\n<b>Gate B</b>');
    expect(note.querySelector('b')).toBeNull();
    expect(
      screen.getByText(
        /Customer reference PO-4711 · Ordered by Erika Muster · 3 fulfillment orders in sales order SO-2026-012345/,
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'I have read the packing instructions' }));
    await waitFor(() =>
      expect(box.querySelector('[role="status"]')?.textContent).toMatch(/^Read by Anna at /),
    );
    expect(station.argsOf('orders:acknowledge-instructions')).toEqual([{ orderId: 101, digest: DIGEST }]);
    expect(screen.queryByRole('button', { name: 'I have read the packing instructions' })).toBeNull();
  });

  it('says why main refused the acknowledgement', async () => {
    const { state } = installOrderStation(fulfillmentOrder({ status: 'new' }));
    state.sales = { ...picture(), instructionsDigest: 'what the screen showed before a refresh' };
    await renderOrder();
    state.sales = picture();
    fireEvent.click(screen.getByRole('button', { name: 'I have read the packing instructions' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The packing instructions changed.'),
    );
  });

  it('shows nothing of a sales picture that was not fetched yet', async () => {
    installOrderStation(fulfillmentOrder({ status: 'new' }));
    await renderOrder();
    expect(screen.queryByRole('region', { name: /Packing instructions/ })).toBeNull();
    expect(document.querySelector('.order-sales-facts')).toBeNull();
  });
});
