// @vitest-environment happy-dom
// A print refused for a reason other than "printed before" never offers a reprint: nothing printed.
import { cleanup, fireEvent, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import { usePrintStore } from '../../../renderer/features/print/use-print-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { fulfillmentOrder } from '../order/order-fixtures.ts';
import { renderOrder, resetStores } from '../order/order-render.tsx';
import { button, installPrintStation, printCard, printJob } from '../print/print-fixtures.ts';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores();
  usePrintStore.setState(usePrintStore.getInitialState(), true);
});
afterEach(cleanup);

const SIGN_IN_FIRST = 'Sign in first: nobody is signed in at this station.';
const refusedPrint = {
  'print:order': () => ({ ok: false as const, error: { code: 'rejected' as const, message: SIGN_IN_FIRST } }),
};

it('a refusal with nothing printed offers no reprint, only dismissing it', async () => {
  installPrintStation(fulfillmentOrder({ fulfillmentType: 'dropshipping' }), { extra: refusedPrint });
  await renderOrder();
  fireEvent.click(button('Print packing slip'));
  const refusal = await within(printCard()).findByRole('alert');
  expect(refusal.textContent).toContain(SIGN_IN_FIRST);
  expect(within(refusal).queryByRole('button', { name: /Reprint/ })).toBeNull();
  expect(within(refusal).getByRole('button', { name: 'Dismiss' })).toBeTruthy();
});

it('a refusal of a document the ledger holds as printed offers the reprint', async () => {
  installPrintStation(fulfillmentOrder({ fulfillmentType: 'dropshipping' }), {
    jobs: [printJob({ kind: 'slip', state: 'printed' })],
  });
  await renderOrder();
  fireEvent.click(button('Print packing slip'));
  const refusal = await within(printCard()).findByRole('alert');
  await waitFor(() => expect(within(refusal).getByRole('button', { name: /Reprint/ })).toBeTruthy());
});
