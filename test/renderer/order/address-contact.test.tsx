// @vitest-environment happy-dom
// The address card names the customer's contact (the customer's copy, `contactName`), labelled as
// the customer's, so the packer knows whom the parcel is for at a company. A name is text: markup in
// it shows as characters.
import { cleanup, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n, initI18n } from '../../../renderer/i18n/index.ts';
import type { CustomerView } from '../../../shared/ipc/sales.ts';
import { fulfillmentOrder, installOrderStation } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetStores);
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

function customer(contactName: string | null): CustomerView {
  return {
    state: 'copy',
    fetchedAt: '2026-12-01T07:30:00.000Z',
    name: 'Nordlicht GmbH',
    inactive: false,
    language: 'de',
    slipLanguage: 'de',
    contactName,
    contactPhone: null,
    instructions: [],
  };
}

async function addressCard(contact: CustomerView) {
  const { state } = installOrderStation(fulfillmentOrder({ status: 'new' }));
  state.sales = { ...state.sales, customer: contact };
  await renderOrder();
  const card = document.querySelector<HTMLElement>('section.address-card');
  if (!card) throw new Error('the order screen should show the address card');
  return card;
}

describe('the address card: the customer’s contact', () => {
  it('shows the contact from the customer’s copy, labelled as the customer’s', async () => {
    const card = await addressCard(customer('Jonas Berg'));
    expect(card.getAttribute('aria-labelledby')).toBe('address-title');
    expect(within(card).getByText("Customer's contact: Jonas Berg")).toBeTruthy();
  });

  it('shows a hostile name as text: no element is made from it', async () => {
    const hostile = '<img src=x onerror="alert(1)"><b>Boss</b>&amp; <script>alert(2)</script>';
    const card = await addressCard(customer(hostile));
    const line = within(card).getByText(
      (_, element) => element?.classList.contains('address-contact') ?? false,
    );
    expect(line.textContent).toBe(`Customer's contact: ${hostile}`);
    expect(card.querySelector('img, b, script')).toBeNull();
  });

  it('in Dutch and German too', async () => {
    await i18n.changeLanguage('nl');
    let card = await addressCard(customer('Jonas Berg'));
    expect(within(card).getByText('Contactpersoon van de klant: Jonas Berg')).toBeTruthy();
    cleanup();
    resetStores();
    await i18n.changeLanguage('de');
    card = await addressCard(customer('Jonas Berg'));
    expect(within(card).getByText('Ansprechpartner des Kunden: Jonas Berg')).toBeTruthy();
  });

  it('shows no contact without a copy, without a name, or with a blank one', async () => {
    for (const contact of [
      { state: 'not-fetched' } as const,
      { state: 'not-found', fetchedAt: '2026-12-01T07:30:00.000Z' } as const,
      customer(null),
      customer('   '),
    ]) {
      const card = await addressCard(contact);
      expect(card.querySelector('.address-contact'), contact.state).toBeNull();
      expect(within(card).queryByText(/contact/i)).toBeNull();
      cleanup();
      resetStores();
    }
  });
});
