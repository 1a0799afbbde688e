// @vitest-environment happy-dom
// The print card's jobs (states, live events, retry, cancel) and its preview.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePrintStore } from '../../../renderer/features/print/use-print-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { fulfillmentOrder } from '../order/order-fixtures.ts';
import { renderOrder, resetStores } from '../order/order-render.tsx';
import { button, installPrintStation, jobList, PNG_PAGE, printCard, printJob } from './print-fixtures.ts';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores();
  usePrintStore.setState(usePrintStore.getInitialState(), true);
});
afterEach(cleanup);

const clock = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeStyle: 'medium' }).format(new Date(iso));

describe('print card: jobs', () => {
  it('shows each state in plain words and follows pushed print:job events for this order only', async () => {
    const queued = printJob({
      state: 'queued',
      attempts: 2,
      nextAttemptAt: '2026-11-26T10:15:30.000Z',
      lastError: 'Printer Zebra Dock 1 did not answer at 192.0.2.10:9100: check that it is on.',
    });
    const { station } = installPrintStation(fulfillmentOrder(), { jobs: [queued] });
    await renderOrder();

    const item = () => within(jobList()).getByRole('listitem');
    expect(within(item()).getByText('Waiting for the printer')).toBeTruthy();
    expect(
      within(item()).getByText(
        `Waits for printer Zebra Dock 1. Next try at ${clock(queued.nextAttemptAt ?? '')}.`,
      ),
    ).toBeTruthy();
    expect(within(item()).getByText(/^Last try: Printer Zebra Dock 1 did not answer/)).toBeTruthy();

    act(() => station.push('print:job', { ...queued, state: 'sending', nextAttemptAt: null }));
    expect(within(item()).getByText('Sending to printer Zebra Dock 1…')).toBeTruthy();
    expect(within(item()).queryByText(/Last try/)).toBeNull();

    act(() => station.push('print:job', { ...queued, state: 'sent', nextAttemptAt: null }));
    expect(within(item()).getByText('Sent, not confirmed')).toBeTruthy();
    expect(within(item()).getByText(/cannot confirm it printed/)).toBeTruthy();

    act(() => station.push('print:job', { ...queued, state: 'printed', lastError: null }));
    expect(within(item()).getByText('Printed')).toBeTruthy();
    expect(within(item()).getByText('Printed on Zebra Dock 1.')).toBeTruthy();

    act(() => station.push('print:job', printJob({ orderId: 999, state: 'failed' })));
    expect(within(jobList()).getAllByRole('listitem')).toHaveLength(1);

    act(() =>
      station.push('print:job', printJob({ kind: 'slip', printerName: 'Slips A4', state: 'printed' })),
    );
    const items = within(jobList()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0] as HTMLElement).getByText('Packing slip')).toBeTruthy();
  });

  it('shows the newest job of each document, the earlier ones on request', async () => {
    const first = printJob({ state: 'failed', lastError: 'The printer reports: out of paper.' });
    const reprint = printJob({ state: 'printed', reason: 'Printer was out of paper', reasonCode: 'JAM' });
    const slip = printJob({ kind: 'slip', printerName: 'Slips A4', state: 'sent' });
    installPrintStation(fulfillmentOrder(), { jobs: [first, reprint, slip] });
    await renderOrder();

    expect(within(jobList()).getAllByRole('listitem')).toHaveLength(2);
    expect(within(jobList()).getByText('Reprint (JAM): Printer was out of paper')).toBeTruthy();
    expect(within(jobList()).queryByText(/out of paper\.$/)).toBeNull();

    fireEvent.click(within(jobList()).getByRole('button', { name: 'Show 1 earlier print job' }));
    expect(within(jobList()).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(jobList()).getByText('Printer Zebra Dock 1: The printer reports: out of paper.'),
    ).toBeTruthy();
    fireEvent.click(within(jobList()).getByRole('button', { name: 'Hide earlier print jobs' }));
    expect(within(jobList()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('retries a failed job and cancels a waiting one with a reason', async () => {
    const failed = printJob({ state: 'failed', lastError: 'The printer reports: out of paper.' });
    const waiting = printJob({ kind: 'slip', printerName: 'Slips A4', state: 'queued' });
    const { station } = installPrintStation(fulfillmentOrder(), {
      jobs: [failed, waiting],
      extra: {
        'print:retry': ({ jobId }) => ({
          ok: true,
          value: { ...failed, id: jobId, state: 'queued', lastError: null },
        }),
        'print:cancel': ({ jobId, reason }) =>
          reason === 'Wrong printer'
            ? {
                ok: false,
                error: {
                  code: 'rejected',
                  message: 'Only a job still waiting for its printer can be cancelled.',
                },
              }
            : {
                ok: true,
                value: { ...waiting, id: jobId, state: 'failed', lastError: `Cancelled by Anna: ${reason}` },
              },
      },
    });
    await renderOrder();

    const [slipItem, labelItem] = within(jobList()).getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(within(labelItem).getByText('Not printed')).toBeTruthy();
    expect(
      within(labelItem).getByText('Printer Zebra Dock 1: The printer reports: out of paper.'),
    ).toBeTruthy();
    expect(within(labelItem).queryByRole('button', { name: 'Cancel print job…' })).toBeNull();
    fireEvent.click(within(labelItem).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(station.argsOf('print:retry')).toEqual([{ jobId: failed.id }]));
    expect(await within(labelItem).findByText('Waiting for the printer')).toBeTruthy();

    fireEvent.click(within(slipItem).getByRole('button', { name: 'Cancel print job…' }));
    let dialog = screen.getByRole('dialog', { name: 'Cancel this print job (Packing slip)?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep waiting' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(within(slipItem).getByRole('button', { name: 'Cancel print job…' }));
    dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Wrong printer' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel print job' }));
    expect(
      await within(dialog).findByText('Only a job still waiting for its printer can be cancelled.'),
    ).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Customer collects it' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel print job' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('print:cancel')).toEqual([
      { jobId: waiting.id, reason: 'Wrong printer' },
      { jobId: waiting.id, reason: 'Customer collects it' },
    ]);
    expect(
      within(slipItem).getByText('Printer Slips A4: Cancelled by Anna: Customer collects it'),
    ).toBeTruthy();
  });
});

describe('print card: preview', () => {
  it('shows the pages main rendered, switches documents and enlarges a page', async () => {
    const { station } = installPrintStation();
    await renderOrder();

    fireEvent.click(button('Preview'));
    const label = (await within(printCard()).findByAltText(
      'Label, page 1 of 1, as it will print',
    )) as HTMLImageElement;
    expect(label.src).toBe(PNG_PAGE);
    expect(station.argsOf('print:preview')).toEqual([{ orderId: 101, kind: 'label' }]);
    expect(within(printCard()).getByText('The street was shortened to fit: “Hafenstraße 12…”.')).toBeTruthy();
    expect(button('Hide preview').getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(within(printCard()).getByRole('button', { name: 'Packing slip' }));
    expect(
      await within(printCard()).findByAltText('Packing slip, page 2 of 2, as it will print'),
    ).toBeTruthy();
    expect(station.argsOf('print:preview')[1]).toEqual({ orderId: 101, kind: 'slip' });

    fireEvent.click(button('Enlarge Packing slip, page 1 of 2'));
    const dialog = screen.getByRole('dialog', { name: 'Packing slip: page 1 of 2' });
    expect((within(dialog).getByRole('img') as HTMLImageElement).src).toBe(PNG_PAGE);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next page →' }));
    expect(screen.getByRole('dialog', { name: 'Packing slip: page 2 of 2' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Actual size' }));
    expect(within(dialog).getByRole('button', { name: 'Fit to screen' })).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(button('Hide preview'));
    expect(within(printCard()).queryByRole('img')).toBeNull();
  });

  it('shows main’s message when there is nothing to preview on', async () => {
    installPrintStation(fulfillmentOrder(), {
      extra: {
        'print:preview': () => ({
          ok: false,
          error: {
            code: 'not-found',
            message: 'No default printer for labels: choose one in the printer settings.',
          },
        }),
      },
    });
    await renderOrder();
    fireEvent.click(button('Preview'));
    expect(
      await within(printCard()).findByText(
        'No default printer for labels: choose one in the printer settings.',
      ),
    ).toBeTruthy();
  });
});
