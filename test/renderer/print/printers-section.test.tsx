// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useSettingsStore } from '../../../renderer/app/use-settings-store.ts';
import { useToastStore } from '../../../renderer/app/use-toast-store.ts';
import { PrintersSection } from '../../../renderer/features/print/PrintersSection.tsx';
import { usePrintersStore } from '../../../renderer/features/print/use-printers-store.ts';
import { initI18n } from '../../../renderer/i18n/index.ts';
import { SettingsScreenWithPrinters } from '../../../renderer/screens.tsx';
import type { PrintersSaveArgs, PrintSettingsView } from '../../../shared/ipc/printing.ts';
import { type FakeAnswers, installFakeStation } from '../fake-station.ts';
import { resetStores } from '../reset-stores.ts';
import { settingsView } from '../station-fixtures.ts';
import { printSettings } from './print-fixtures.ts';

beforeAll(() => initI18n('en'));
beforeEach(() => resetStores(usePrintersStore, useSettingsStore, useToastStore));
afterEach(cleanup);

const ADDRESS = /^(tcp:\/\/[\w.-]+(:\d+)?|printer:\w+|labels(\/[\w-]+)?)$/;

/** printers:save as main does it: checks the address, applies the change, answers the new view. */
function installPrinters(extra: FakeAnswers = {}) {
  let view: PrintSettingsView = printSettings();
  const save = (change: PrintersSaveArgs) => {
    const bad = change.upsert?.find((printer) => !ADDRESS.test(printer.address));
    if (bad) {
      return {
        ok: false as const,
        error: {
          code: 'invalid-request' as const,
          message: `upsert.0.address: use tcp://host:port, printer:QUEUE or labels/<folder> (got "${bad.address}")`,
        },
      };
    }
    if (change.shipFrom?.countryCode && !/^[A-Z]{2}$/.test(change.shipFrom.countryCode)) {
      return {
        ok: false as const,
        error: {
          code: 'invalid-request' as const,
          message: 'shipFrom.countryCode: a two-letter country code',
        },
      };
    }
    let printers = view.printers.filter((p) => !change.remove?.includes(p.name));
    for (const printer of change.upsert ?? []) {
      const old = printers.find((p) => p.name === printer.name);
      printers = [
        ...printers.filter((p) => p.name !== printer.name),
        { ...printer, defaultFor: old?.defaultFor ?? [] },
      ];
    }
    for (const kind of ['label', 'slip'] as const) {
      const name = change.defaults?.[kind];
      if (name === undefined) continue;
      printers = printers.map((p) => ({
        ...p,
        defaultFor: p.name === name ? [...p.defaultFor, kind] : p.defaultFor.filter((k) => k !== kind),
      }));
    }
    view = {
      printers,
      shipFrom: change.shipFrom !== undefined ? change.shipFrom : view.shipFrom,
      autoPrint: { ...view.autoPrint, ...change.autoPrint },
    };
    return { ok: true as const, value: view };
  };
  return installFakeStation({
    'printers:list': () => ({ ok: true, value: view }),
    'printers:save': save,
    ...extra,
  });
}

async function renderPrinters() {
  render(<PrintersSection />);
  await act(async () => {});
}

const card = () => screen.getByRole('region', { name: 'Printers' });
const row = (name: string) => within(card()).getByRole('listitem', { name });
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('Settings → Printers: the list', () => {
  it('is on the settings screen and lists each printer in plain words', async () => {
    installPrinters({ 'settings:get': () => ({ ok: true, value: settingsView() }) });
    await act(() => useSettingsStore.getState().load());
    render(<SettingsScreenWithPrinters />);
    await act(async () => {});

    const zebra = row('Zebra Dock 1');
    expect(within(zebra).getByText('Zebra label printer (ZPL)')).toBeTruthy();
    expect(within(zebra).getByText('tcp://192.0.2.10:9100')).toBeTruthy();
    expect(within(zebra).getByText('4×6 in label · 203 dpi')).toBeTruthy();
    expect(within(zebra).getByText('Prints labels')).toBeTruthy();
    const slips = row('Slips A4');
    expect(within(slips).getByText('PDF files in a folder')).toBeTruthy();
    expect(within(slips).getByText('Prints packing slips')).toBeTruthy();
    expect((screen.getByLabelText('Labels print on') as HTMLSelectElement).value).toBe('Zebra Dock 1');
    expect((screen.getByLabelText('Packing slips print on') as HTMLSelectElement).value).toBe('Slips A4');
  });

  it('shows why the printers could not be loaded, and loads them again', async () => {
    let fail = true;
    installFakeStation({
      'printers:list': () =>
        fail
          ? { ok: false, error: { code: 'internal', message: 'The station database is busy. Try again.' } }
          : { ok: true, value: printSettings() },
    });
    await renderPrinters();
    expect(within(card()).getByRole('alert').textContent).toBe('The station database is busy. Try again.');
    fail = false;
    fireEvent.click(within(card()).getByRole('button', { name: 'Try again' }));
    expect(await within(card()).findByRole('listitem', { name: 'Zebra Dock 1' })).toBeTruthy();
  });
});

describe('Settings → Printers: add, edit, remove', () => {
  it('adds a printer, showing main’s validation message until the address is right', async () => {
    const station = installPrinters();
    await renderPrinters();
    fireEvent.click(button('Add printer'));
    const dialog = screen.getByRole('dialog', { name: 'Add a printer' });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Save printer' }));
    expect(within(dialog).getByText('Give the printer a name.')).toBeTruthy();
    expect(station.argsOf('printers:save')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: ' Receipt bench ' } });
    fireEvent.change(within(dialog).getByLabelText('Kind of printer'), { target: { value: 'escpos' } });
    expect((within(dialog).getByLabelText('Paper') as HTMLSelectElement).value).toBe('roll-80mm');
    expect(within(dialog).getByText(/^tcp:\/\/192\.0\.2\.10:9100 for a network printer/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Address'), { target: { value: '192.0.2.20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save printer' }));
    expect(
      await within(dialog).findByText(
        'upsert.0.address: use tcp://host:port, printer:QUEUE or labels/<folder> (got "192.0.2.20")',
      ),
    ).toBeTruthy();

    fireEvent.change(within(dialog).getByLabelText('Address'), {
      target: { value: 'tcp://192.0.2.20:9100' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save printer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('printers:save')[1]).toEqual({
      upsert: [
        {
          name: 'Receipt bench',
          kind: 'escpos',
          address: 'tcp://192.0.2.20:9100',
          dpi: 203,
          media: 'roll-80mm',
        },
      ],
    });
    expect(within(row('Receipt bench')).getByText('Receipt printer (ESC/POS)')).toBeTruthy();
  });

  it('starts a file printer in the station’s labels folder', async () => {
    installPrinters();
    await renderPrinters();
    fireEvent.click(button('Add printer'));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Kind of printer'), { target: { value: 'png-file' } });
    expect((within(dialog).getByLabelText('Folder') as HTMLInputElement).value).toBe('labels');
    expect(within(dialog).getByText(/^labels, or labels\/NAME for a folder inside it/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Kind of printer'), { target: { value: 'zpl' } });
    expect((within(dialog).getByLabelText('Address') as HTMLInputElement).value).toBe('');
  });

  it('edits a printer under its name and removes one after asking', async () => {
    const station = installPrinters();
    await renderPrinters();
    fireEvent.click(within(row('Zebra Dock 1')).getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit printer Zebra Dock 1' });
    expect((within(dialog).getByLabelText('Name') as HTMLInputElement).readOnly).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Resolution'), { target: { value: '300' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save printer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('printers:save')).toEqual([
      {
        upsert: [
          {
            name: 'Zebra Dock 1',
            kind: 'zpl',
            address: 'tcp://192.0.2.10:9100',
            dpi: 300,
            media: 'label-4x6',
          },
        ],
      },
    ]);
    expect(within(row('Zebra Dock 1')).getByText('4×6 in label · 300 dpi')).toBeTruthy();

    fireEvent.click(within(row('Slips A4')).getByRole('button', { name: 'Remove' }));
    const confirm = screen.getByRole('dialog', { name: 'Remove printer Slips A4?' });
    expect(within(confirm).getByText(/prints labels or packing slips by default/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(station.argsOf('printers:save')).toHaveLength(1);

    fireEvent.click(within(row('Slips A4')).getByRole('button', { name: 'Remove' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove printer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('printers:save')[1]).toEqual({ remove: ['Slips A4'] });
    expect(within(card()).queryByRole('listitem', { name: 'Slips A4' })).toBeNull();
  });
});

describe('Settings → Printers: defaults, auto-print, ship-from', () => {
  it('sets the default printer per document and auto-print per document', async () => {
    const station = installPrinters();
    await renderPrinters();
    fireEvent.change(screen.getByLabelText('Labels print on'), { target: { value: 'Slips A4' } });
    await waitFor(() =>
      expect(station.argsOf('printers:save')).toEqual([{ defaults: { label: 'Slips A4' } }]),
    );
    expect(await within(row('Slips A4')).findByText('Prints labels')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Packing slips print on'), { target: { value: '' } });
    await waitFor(() => expect(station.argsOf('printers:save')[1]).toEqual({ defaults: { slip: null } }));

    fireEvent.click(screen.getByLabelText('The label'));
    await waitFor(() => expect(station.argsOf('printers:save')[2]).toEqual({ autoPrint: { label: true } }));
    expect((screen.getByLabelText('The label') as HTMLInputElement).checked).toBe(true);
  });

  it('saves the ship-from address, with main’s message when a field is wrong', async () => {
    const station = installPrinters();
    await renderPrinters();
    const form = screen.getByRole('button', { name: 'Save address' }).closest('form') as HTMLFormElement;
    fireEvent.click(within(form).getByRole('button', { name: 'Save address' }));
    expect(within(form).getByText('Enter the warehouse name.')).toBeTruthy();

    const type = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Name', 'Equipme Fulfilment Utrecht');
    type('Street', 'Europalaan');
    type('Number', '40');
    type('Postal code', '3526 KS');
    type('City', 'Utrecht');
    type('Country (2 letters)', 'N1');
    fireEvent.click(within(form).getByRole('button', { name: 'Save address' }));
    expect(await within(form).findByText('shipFrom.countryCode: a two-letter country code')).toBeTruthy();

    type('Country (2 letters)', 'nl');
    fireEvent.click(within(form).getByRole('button', { name: 'Save address' }));
    await waitFor(() => expect(station.argsOf('printers:save')).toHaveLength(2));
    expect(station.argsOf('printers:save')[1]).toEqual({
      shipFrom: {
        name: 'Equipme Fulfilment Utrecht',
        regionCode: null,
        line1: null,
        street: 'Europalaan',
        number: '40',
        addition: null,
        postalCode: '3526 KS',
        city: 'Utrecht',
        countryCode: 'NL',
        phoneNumber: null,
      },
    });
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(useToastStore.getState().toasts.map((toast) => toast.text)).toEqual(['Ship-from address saved.']);
  });
});

describe('Settings → Printers: test print and status', () => {
  it('test-prints and reports what the printer said', async () => {
    const station = installPrinters({
      'printers:test': ({ printerName }) => ({
        ok: true,
        value: {
          printerName,
          state: 'sent',
          status: { ready: true, problems: ['paper-near-end'], formatsInBuffer: 0, labelsRemaining: 0 },
          note: null,
        },
      }),
    });
    await renderPrinters();
    fireEvent.click(within(row('Zebra Dock 1')).getByRole('button', { name: 'Test print' }));
    await waitFor(() => expect(station.argsOf('printers:test')).toEqual([{ printerName: 'Zebra Dock 1' }]));
    const zebra = row('Zebra Dock 1');
    expect(
      await within(zebra).findByText(
        'Test page sent to Zebra Dock 1. The printer cannot confirm it: check that a page came out.',
      ),
    ).toBeTruthy();
    expect(within(zebra).getByText('Ready to print')).toBeTruthy();
    expect(within(zebra).getByText('The paper is running low.')).toBeTruthy();
  });

  it('checks the status: problems in plain words, “cannot report” for file printers, errors from main', async () => {
    const station = installPrinters({
      'printers:status': ({ printerName }) => {
        if (printerName === 'Slips A4') return { ok: true, value: null };
        if (printerName === 'Zebra Dock 1')
          return {
            ok: true,
            value: {
              ready: false,
              problems: ['paper-out', 'head-open'],
              formatsInBuffer: 2,
              labelsRemaining: null,
            },
          };
        return { ok: false, error: { code: 'not-found', message: 'There is no printer named "x".' } };
      },
      'printers:test': () => ({
        ok: false,
        error: {
          code: 'rejected',
          message: 'Printer Slips A4 could not write to labels/slips: the folder is read-only.',
        },
      }),
    });
    await renderPrinters();
    fireEvent.click(within(row('Zebra Dock 1')).getByRole('button', { name: 'Check status' }));
    const zebra = row('Zebra Dock 1');
    expect(await within(zebra).findByText('Not ready to print')).toBeTruthy();
    expect(within(zebra).getByText('Out of paper: load a new roll.')).toBeTruthy();
    expect(within(zebra).getByText('The print head is open: close it.')).toBeTruthy();
    expect(within(zebra).getByText('2 labels are waiting in the printer.')).toBeTruthy();

    fireEvent.click(within(row('Slips A4')).getByRole('button', { name: 'Check status' }));
    expect(await within(row('Slips A4')).findByText(/^This printer cannot report its status/)).toBeTruthy();
    fireEvent.click(within(row('Slips A4')).getByRole('button', { name: 'Test print' }));
    expect(
      await within(row('Slips A4')).findByText(
        'Printer Slips A4 could not write to labels/slips: the folder is read-only.',
      ),
    ).toBeTruthy();
    expect(station.argsOf('printers:status')).toEqual([
      { printerName: 'Zebra Dock 1' },
      { printerName: 'Slips A4' },
    ]);
  });
});

describe('Settings → Printers: the supervisor PIN', () => {
  const PIN = '2468';
  const WRONG_PIN = 'The supervisor PIN is wrong. Ask a supervisor to enter it again.';

  /** printers:save with main's PIN rule for adding, changing and removing printers. */
  function installGuardedPrinters(pinSet: boolean) {
    let view: PrintSettingsView = printSettings();
    return installFakeStation({
      'settings:get': () => ({ ok: true, value: settingsView({ supervisorPinSet: pinSet }) }),
      'printers:list': () => ({ ok: true, value: view }),
      'printers:save': ({ pin, ...change }) => {
        if ((change.upsert || change.remove) && pin !== PIN) {
          return { ok: false, error: { code: 'wrong-pin', message: WRONG_PIN } };
        }
        view = {
          ...view,
          printers: [
            ...view.printers.filter(
              (p) => !change.remove?.includes(p.name) && !change.upsert?.some((u) => u.name === p.name),
            ),
            ...(change.upsert ?? []).map((printer) => ({ ...printer, defaultFor: [] })),
          ],
        };
        return { ok: true, value: view };
      },
    });
  }

  async function renderWithSettings() {
    await act(() => useSettingsStore.getState().load());
    await renderPrinters();
  }

  it('adding a printer asks for the PIN in the dialog and shows main’s refusal', async () => {
    const station = installGuardedPrinters(true);
    await renderWithSettings();
    fireEvent.click(button('Add printer'));
    const dialog = within(screen.getByRole('dialog', { name: 'Add a printer' }));
    expect(dialog.getByText('Adding, changing or removing a printer needs the supervisor PIN.')).toBeTruthy();
    fireEvent.change(dialog.getByLabelText('Name'), { target: { value: 'Dock 2' } });
    fireEvent.change(dialog.getByLabelText('Address'), { target: { value: 'tcp://192.0.2.30:9100' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Save printer' }));
    expect(dialog.getByRole('alert').textContent).toBe('Enter the supervisor PIN.');
    expect(station.argsOf('printers:save')).toHaveLength(0);

    fireEvent.change(dialog.getByLabelText('Supervisor PIN'), { target: { value: '1111' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Save printer' }));
    expect(await dialog.findByText(WRONG_PIN)).toBeTruthy();
    expect((dialog.getByLabelText('Supervisor PIN') as HTMLInputElement).value).toBe('');

    fireEvent.change(dialog.getByLabelText('Supervisor PIN'), { target: { value: PIN } });
    fireEvent.click(dialog.getByRole('button', { name: 'Save printer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('printers:save').at(-1)).toEqual({
      upsert: [
        { name: 'Dock 2', kind: 'zpl', address: 'tcp://192.0.2.30:9100', dpi: 203, media: 'label-4x6' },
      ],
      pin: PIN,
    });
    expect(row('Dock 2')).toBeTruthy();
  });

  it('removing a printer sends the PIN; the default printer needs none', async () => {
    const station = installGuardedPrinters(true);
    await renderWithSettings();
    fireEvent.click(within(row('Slips A4')).getByRole('button', { name: 'Remove' }));
    const confirm = within(screen.getByRole('dialog', { name: 'Remove printer Slips A4?' }));
    fireEvent.change(confirm.getByLabelText('Supervisor PIN'), { target: { value: PIN } });
    fireEvent.click(confirm.getByRole('button', { name: 'Remove printer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('printers:save')).toEqual([{ remove: ['Slips A4'], pin: PIN }]);

    fireEvent.change(screen.getByLabelText('Labels print on'), { target: { value: '' } });
    await waitFor(() =>
      expect(station.argsOf('printers:save').at(-1)).toEqual({ defaults: { label: null } }),
    );
  });

  it('a PIN set since the screen loaded: main’s refusal brings the PIN field', async () => {
    const station = installGuardedPrinters(false);
    await renderWithSettings();
    fireEvent.click(within(row('Slips A4')).getByRole('button', { name: 'Remove' }));
    const confirm = within(screen.getByRole('dialog'));
    expect(confirm.queryByLabelText('Supervisor PIN')).toBeNull();
    fireEvent.click(confirm.getByRole('button', { name: 'Remove printer' }));
    expect(await confirm.findByText(WRONG_PIN)).toBeTruthy();
    fireEvent.change(confirm.getByLabelText('Supervisor PIN'), { target: { value: PIN } });
    fireEvent.click(confirm.getByRole('button', { name: 'Remove printer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(station.argsOf('printers:save')).toEqual([
      { remove: ['Slips A4'] },
      { remove: ['Slips A4'], pin: PIN },
    ]);
  });
});
