// @vitest-environment happy-dom
// The print card's buttons: gated by verification, print and reprint through main.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePrintStore } from '../../../renderer/features/print/use-print-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import type { PrintJobView } from '../../../shared/ipc/printing.ts';
import { fulfillmentOrder, SUPERVISOR_PIN } from '../order/order-fixtures.ts';
import { renderOrder, resetStores } from '../order/order-render.tsx';
import { scanKeys } from '../scan/scan-keys.ts';
import { button, installPrintStation, jobList, printCard, printJob } from './print-fixtures.ts';

vi.mock('../../../renderer/app/sound/play.ts', () => ({ play: vi.fn() }));

beforeAll(() => initI18n('en'));
beforeEach(() => {
  resetStores();
  usePrintStore.setState(usePrintStore.getInitialState(), true);
});
afterEach(cleanup);

function pickEverything() {
  scanKeys('21ML0034GE');
  scanKeys('0195892012345');
  scanKeys('0195892012345');
}

describe('print card: verification', () => {
  it('keeps both print buttons disabled until every item is verified, then prints the label', async () => {
    const { station } = installPrintStation();
    await renderOrder();
    expect(button('Print label').disabled).toBe(true);
    expect(button('Print packing slip').disabled).toBe(true);
    expect(within(printCard()).getByText('Scan every item before printing: 0 of 3 verified.')).toBeTruthy();
    expect(within(jobList()).getByText('Nothing printed for this order yet.')).toBeTruthy();

    scanKeys('21ML0034GE');
    expect(button('Print label').disabled).toBe(true);
    scanKeys('0195892012345');
    scanKeys('0195892012345');
    expect(button('Print label').disabled).toBe(false);
    expect(button('Print label').className).toContain('print-button-primary');
    expect(within(printCard()).queryByText(/Scan every item before printing/)).toBeNull();

    fireEvent.click(button('Print label'));
    await waitFor(() => expect(station.argsOf('print:order')).toEqual([{ orderId: 101, kind: 'label' }]));
    expect(await within(jobList()).findByText('Waiting for the printer')).toBeTruthy();
    // Printed once: the label is no longer the thing to do next.
    expect(button('Print label').className).not.toContain('print-button-primary');

    fireEvent.click(button('Print packing slip'));
    await waitFor(() => expect(station.argsOf('print:order')[1]).toEqual({ orderId: 101, kind: 'slip' }));
  });

  it('prints after a supervisor override, one label per parcel', async () => {
    const { station } = installPrintStation();
    await renderOrder();
    scanKeys('21ML0034GE');
    expect(button('Print label').disabled).toBe(true);

    fireEvent.click(button('Supervisor override…'));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Supervisor PIN'), { target: { value: SUPERVISOR_PIN } });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Dock label unreadable' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Override verification' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(button('Print label').disabled).toBe(false);
    fireEvent.click(button('One parcel more'));
    fireEvent.click(button('One parcel more'));
    fireEvent.click(button('One parcel less'));
    fireEvent.click(button('Print label'));
    await waitFor(() =>
      expect(station.argsOf('print:order')).toEqual([{ orderId: 101, kind: 'label', packages: 2 }]),
    );
    expect(await within(jobList()).findByText('2 labels')).toBeTruthy();
  });

  it('prints at any time for an order this station does not ship (dropshipping)', async () => {
    installPrintStation(fulfillmentOrder({ fulfillmentType: 'dropshipping' }));
    await renderOrder();
    expect(button('Print label').disabled).toBe(false);
    expect(button('Print packing slip').disabled).toBe(false);
  });

  it('never blocks the screen while main takes the job: the order can still move on', async () => {
    let answer: (value: { ok: true; value: PrintJobView }) => void = () => {};
    const { station } = installPrintStation(fulfillmentOrder(), {
      extra: { 'print:order': () => new Promise((resolve) => (answer = resolve)) },
    });
    await renderOrder();
    pickEverything();
    fireEvent.click(button('Print label'));
    expect(button('Sending…').disabled).toBe(true);
    expect(button('Print packing slip').disabled).toBe(true);
    expect(button('Mark packed').disabled).toBe(false);
    scanKeys('21ML0034GE');
    // The scanner still answers while the print job is on its way.
    expect(screen.getByText('Lenovo ThinkPad T14 Gen 5: all 1 are already verified.')).toBeTruthy();

    // Main is asked once the counts are saved.
    await waitFor(() => expect(station.argsOf('print:order')).toHaveLength(1));
    await act(async () => answer({ ok: true, value: printJob({ state: 'sending' }) }));
    expect(button('Print label').disabled).toBe(false);
    expect(within(jobList()).getByText('Sending to printer Zebra Dock 1…')).toBeTruthy();
    expect(station.argsOf('print:order')).toHaveLength(1);
  });

  it('asks main for the label only once the counts on screen are saved (main checks them)', async () => {
    const held: (() => void)[] = [];
    let picked = [0, 0];
    const { station } = installPrintStation(fulfillmentOrder(), {
      extra: {
        'picks:record': ({ line, delta }) =>
          new Promise((resolve) =>
            held.push(() => {
              picked = picked.map((count, i) => (i === line ? count + delta : count));
              resolve({ ok: true, value: { picked, manual: [0, 0] } });
            }),
          ),
      },
    });
    await renderOrder();
    pickEverything();
    // All three counted on screen; main has answered none of them yet.
    expect(button('Print label').disabled).toBe(false);
    fireEvent.click(button('Print label'));
    expect(button('Sending…').disabled).toBe(true);
    for (let answered = 0; answered < 3; answered++) {
      await act(async () => {});
      expect(station.argsOf('print:order')).toEqual([]);
      await act(async () => held.shift()?.());
    }
    await waitFor(() => expect(station.argsOf('print:order')).toEqual([{ orderId: 101, kind: 'label' }]));
    const channels = station.calls.map((call) => call.channel);
    expect(channels.lastIndexOf('picks:record')).toBeLessThan(channels.indexOf('print:order'));
  });
});

describe('print card: reprint', () => {
  it('shows main’s refusal and reprints with a reason code; OTHER needs 3+ characters of reason', async () => {
    const printed = printJob({ state: 'printed' });
    const { station } = installPrintStation(fulfillmentOrder(), { jobs: [printed] });
    await renderOrder();
    pickEverything();

    fireEvent.click(button('Print label'));
    const refusal = await within(printCard()).findByRole('alert');
    expect(refusal.textContent).toContain('already printed at 2026-11-26 10:01 on Zebra Dock 1');

    fireEvent.click(within(refusal).getByRole('button', { name: 'Reprint label…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reprint the label' });
    const submit = () => fireEvent.click(within(dialog).getByRole('button', { name: 'Reprint' }));
    submit();
    expect(within(dialog).getByText('Choose what happened.')).toBeTruthy();

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Other (say why)' }));
    submit();
    expect(within(dialog).getByText('Write a reason (at least 3 characters).')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: ' ab ' } });
    submit();
    expect(within(dialog).getByText('Write a reason (at least 3 characters).')).toBeTruthy();
    expect(station.argsOf('print:order')).toHaveLength(1);

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Damaged or unreadable' }));
    fireEvent.change(within(dialog).getByLabelText('Reason (optional)'), { target: { value: 'Label torn' } });
    submit();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('print:order')).toEqual([
      { orderId: 101, kind: 'label' },
      { orderId: 101, kind: 'label', reprintReason: 'Label torn', reprintCode: 'DAMAGED' },
    ]);
    expect(within(jobList()).getByText('Reprint (DAMAGED): Label torn')).toBeTruthy();
    expect(within(printCard()).queryByRole('alert')).toBeNull();
  });

  it('a reprint for a printer jam needs no words', async () => {
    const { station } = installPrintStation(fulfillmentOrder(), { jobs: [printJob({ state: 'printed' })] });
    await renderOrder();
    pickEverything();
    fireEvent.click(button('Print label'));
    fireEvent.click(await screen.findByRole('button', { name: 'Reprint label…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Printer jam' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reprint' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('print:order').at(-1)).toEqual({ orderId: 101, kind: 'label', reprintCode: 'JAM' });
    expect(within(jobList()).getByText('Reprint (JAM)')).toBeTruthy();
  });

  it('keeps the reprint dialog open with main’s message when main refuses it', async () => {
    const { station } = installPrintStation(fulfillmentOrder(), {
      jobs: [printJob({ state: 'printed' })],
      extra: {
        'print:order': ({ reprintReason, reprintCode }) => ({
          ok: false,
          error:
            reprintReason === undefined && reprintCode === undefined
              ? { code: 'rejected', message: 'The label of this order was already printed.' }
              : {
                  code: 'not-found',
                  message: 'No default printer for labels: choose one in the printer settings.',
                },
        }),
      },
    });
    await renderOrder();
    pickEverything();
    fireEvent.click(button('Print label'));
    fireEvent.click(await screen.findByRole('button', { name: 'Reprint label…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Other (say why)' }));
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Customer asked' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reprint' }));
    expect(
      await within(dialog).findByText('No default printer for labels: choose one in the printer settings.'),
    ).toBeTruthy();
    expect(station.argsOf('print:order')).toHaveLength(2);
  });
});
