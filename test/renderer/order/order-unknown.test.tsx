// @vitest-environment happy-dom
// What a newer Equipme may send, and where our lifecycle table is only an assumption: an unknown
// status is named and offers nothing; a supervisor may send another action with PIN and reason.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { FulfillmentStatus, UnknownValue } from '../../../shared/api/equipme.ts';
import { fulfillmentOrder, installOrderStation, SUPERVISOR_PIN } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetStores);
afterEach(cleanup);

describe('an order in a status this station does not know', () => {
  it('shows “unknown status”, the reason, and no actions — never a raw i18n key', async () => {
    const { state } = installOrderStation(fulfillmentOrder({ status: 'on-hold' as UnknownValue }));
    state.effectiveStatus = 'on-hold' as UnknownValue as unknown as FulfillmentStatus;
    await renderOrder();

    expect(screen.getByText('Unknown status “on-hold”', { selector: '.status-badge' })).toBeTruthy();
    expect(
      screen.getByText(/Equipme reports status 'on-hold', which this station does not know/),
    ).toBeTruthy();
    const actions = screen.getByRole('region', { name: 'Next step' });
    expect(within(actions).queryAllByRole('button')).toHaveLength(0);
    expect(document.body.textContent).not.toContain('common:');
    expect(document.body.textContent).not.toContain('status.on-hold');
  });
});

describe('send another action', () => {
  it('is offered only when main offers supervisor actions, and sends the chosen one with PIN and reason', async () => {
    const { station, state } = installOrderStation(fulfillmentOrder({ status: 'new' }));
    await renderOrder();
    expect(screen.queryByRole('button', { name: 'Send another action…' })).toBeNull();
    cleanup();
    resetStores();

    state.supervisorActions = ['complete', 'rejectDelivery'];
    await renderOrder();
    fireEvent.click(screen.getByRole('button', { name: 'Send another action…' }));
    const dialog = screen.getByRole('dialog', { name: 'Send another action for order SO-2026-0101' });
    expect(within(dialog).getByText(/offers none of these for “New”/)).toBeTruthy();
    const select = within(dialog).getByLabelText('Action') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Choose an action',
      'Complete order',
      'Delivery returned',
    ]);
    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: SUPERVISOR_PIN } });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Equipme support asked' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send action' }));
    expect(await within(dialog).findByText('Choose the action to send.')).toBeTruthy();
    expect(station.argsOf('transitions:supervisor')).toEqual([]);

    fireEvent.change(select, { target: { value: 'rejectDelivery' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send action' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('transitions:supervisor')).toEqual([
      { orderId: 101, action: 'rejectDelivery', pin: SUPERVISOR_PIN, reason: 'Equipme support asked' },
    ]);
    expect(screen.queryByRole('button', { name: 'Send another action…' })).toBeNull();
  });
});
