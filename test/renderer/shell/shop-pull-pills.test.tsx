// @vitest-environment happy-dom
// Each shop switched on shows how its pulls go in the station header, beside Equipme's pill, on the
// queue as on every screen: a name and a dot while all is well, red with "pull failing" while they
// fail, the problem in words on hover (title) and on a press; nothing for a shop switched off.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useSyncStore } from '../../../renderer/app/use-sync-store.ts';
import { StationHeader } from '../../../renderer/features/shell/StationHeader.tsx';
import { formatTime } from '../../../renderer/i18n/format.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { ShopPullStatus } from '../../../shared/domain/shop-pull-status.ts';
import { resetStores } from '../reset-stores.ts';
import { syncStatus } from '../station-fixtures.ts';

beforeAll(() => initI18n('en'));
beforeEach(() => resetStores(useSyncStore));
afterEach(cleanup);

const AT = '2026-12-02T09:15:00.000Z';
const PROBLEM_AT = '2026-12-02T09:20:00.000Z';
const NEXT = '2026-12-02T09:21:00.000Z';
const time = (iso: string) => formatTime(iso, 'en');

const EMPORIX_FAILING: ShopPullStatus = {
  source: 'emporix',
  state: 'failing',
  lastPull: { at: AT, orders: 12, rejected: 0, closed: 1, keptOpen: 0 },
  problem: 'Could not connect to the Emporix API at http://127.0.0.1:4100. Check the network.',
  problemAt: PROBLEM_AT,
  nextAt: NEXT,
};
const MARKETPLACE_OK: ShopPullStatus = {
  source: 'marketplace',
  state: 'ok',
  lastPull: { at: AT, orders: 1, rejected: 0, closed: 0, keptOpen: 0 },
  problem: null,
  problemAt: null,
  nextAt: NEXT,
};

function showShops(shops: ShopPullStatus[] | undefined) {
  act(() => useSyncStore.setState({ status: syncStatus(shops ? { shops } : {}) }));
}

const header = () => within(screen.getByRole('banner'));

describe('the shops in the station header', () => {
  it('a failing shop is red with its problem in words; a good one is its name and a green dot', () => {
    render(<StationHeader />);
    showShops([EMPORIX_FAILING, MARKETPLACE_OK]);

    const failing = header().getByRole('button', { name: 'Emporix: pull failing' });
    expect(failing.className).toContain('tone-danger');
    expect(failing.getAttribute('title')).toBe(
      [
        `Emporix: ${EMPORIX_FAILING.problem}`,
        `Since ${time(PROBLEM_AT)}.`,
        `Emporix last pulled at ${time(AT)}: 12 open orders.`,
        `Next try at ${time(NEXT)}.`,
      ].join('\n'),
    );
    const ok = header().getByRole('button', { name: 'Marketplace' });
    expect(ok.className).toContain('tone-ok');
    expect(ok.getAttribute('title')).toBe(
      [`Marketplace last pulled at ${time(AT)}: 1 open order.`, `Next try at ${time(NEXT)}.`].join('\n'),
    );
    // Equipme's own pill is still there, unchanged.
    expect(header().getByText('Online')).toBeTruthy();

    // A press shows the words under the pill (a touch screen has no hover); Escape closes them...
    expect(failing.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(failing);
    expect(failing.getAttribute('aria-expanded')).toBe('true');
    const panel = header().getByRole('status');
    expect(panel.id).toBe(failing.getAttribute('aria-controls'));
    expect(within(panel).getByText(`Emporix: ${EMPORIX_FAILING.problem}`)).toBeTruthy();
    fireEvent.keyDown(failing, { key: 'Escape' });
    expect(header().queryByRole('status')).toBeNull();
    // ...and so does turning to anything else.
    fireEvent.click(failing);
    expect(header().getByRole('status')).toBeTruthy();
    fireEvent.blur(failing);
    expect(header().queryByRole('status')).toBeNull();
  });

  it('a problem after which a pass is running again is amber; a shop not pulled yet says so', () => {
    render(<StationHeader />);
    showShops([
      { ...EMPORIX_FAILING, state: 'pulling' },
      { ...MARKETPLACE_OK, state: 'waiting', lastPull: null },
    ]);
    const retrying = header().getByRole('button', { name: 'Emporix' });
    expect(retrying.className).toContain('tone-warn');
    expect(retrying.getAttribute('title')).not.toContain('Next try');
    const waiting = header().getByRole('button', { name: 'Marketplace' });
    expect(waiting.className).toContain('tone-idle');
    expect(waiting.getAttribute('title')).toContain('Marketplace has not been pulled yet.');
  });

  it('nothing for a shop switched off, nor where the engine knows no shop', () => {
    render(<StationHeader />);
    showShops([{ ...EMPORIX_FAILING, state: 'off' }]);
    expect(header().queryByRole('button', { name: /Emporix/ })).toBeNull();
    showShops(undefined);
    expect(document.querySelector('.shop-pulls')).toBeNull();
  });
});
