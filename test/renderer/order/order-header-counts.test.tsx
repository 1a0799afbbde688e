// @vitest-environment happy-dom
// The order's own count of its steps says what the header's outbox pill says: a failed step is
// "failed", not "waiting to be sent".
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { installPrintStation } from '../print/print-fixtures.ts';
import { outboxEntry } from '../station-fixtures.ts';
import { fulfillmentOrder } from './order-fixtures.ts';
import { renderOrder, resetStores } from './order-render.tsx';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(resetStores);
afterEach(cleanup);

const count = () => document.querySelector('.order-pending');

describe('the order header’s count of its steps', () => {
  it('names a failed step as failed, and failed next to waiting ones', async () => {
    const installed = installPrintStation(fulfillmentOrder({ status: 'new' }));
    installed.state.entries = [outboxEntry({ orderId: 101, state: 'failed', lastError: 'Refused.' })];
    await renderOrder();
    expect(count()?.textContent).toBe('1 change failed');
    expect(count()?.classList.contains('order-pending-failed')).toBe(true);
    cleanup();
    resetStores();

    const both = installPrintStation(fulfillmentOrder({ status: 'new' }));
    both.state.entries = [
      outboxEntry({ orderId: 101, state: 'failed', lastError: 'Refused.' }),
      outboxEntry({ orderId: 101, state: 'pending' }),
    ];
    await renderOrder();
    expect(count()?.textContent).toBe('1 failed, 1 to send');
  });

  it('counts steps that only wait as waiting', async () => {
    const installed = installPrintStation(fulfillmentOrder({ status: 'new' }));
    installed.state.entries = [outboxEntry({ orderId: 101, state: 'pending' })];
    await renderOrder();
    expect(screen.getByText('1 change waiting to be sent')).toBeTruthy();
    expect(count()?.classList.contains('order-pending-failed')).toBe(false);
  });
});
