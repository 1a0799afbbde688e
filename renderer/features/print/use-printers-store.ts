// The station's printers as main keeps them (printers, defaults per document, ship-from address,
// auto-print), and the last test print / status check per printer.
import { create } from 'zustand';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type {
  PrinterStatus,
  PrintersSaveArgs,
  PrinterTestResult,
  PrintSettingsView,
} from '../../../shared/ipc/printing.ts';
import { invoke } from '../../api/station.ts';

export type PrinterCheck =
  | { kind: 'busy'; what: 'test' | 'status' }
  | { kind: 'test'; result: PrinterTestResult }
  /** null: the printer cannot report its status (file printer, OS queue). */
  | { kind: 'status'; status: PrinterStatus | null }
  | { kind: 'error'; message: string };

export interface PrintersState {
  view: PrintSettingsView | null;
  loadError: string | null;
  /** Per printer name: what the last check said (or that it is running). */
  checks: Record<string, PrinterCheck>;
  load(): Promise<void>;
  /** Resolves to main's error (its validation message), or null when saved. */
  save(change: PrintersSaveArgs): Promise<IpcError | null>;
  testPrint(printerName: string): Promise<void>;
  checkStatus(printerName: string): Promise<void>;
}

export const usePrintersStore = create<PrintersState>()((set, get) => {
  function setCheck(printerName: string, check: PrinterCheck): void {
    set({ checks: { ...get().checks, [printerName]: check } });
  }

  return {
    view: null,
    loadError: null,
    checks: {},

    async load() {
      const response = await invoke('printers:list');
      set(response.ok ? { view: response.value, loadError: null } : { loadError: response.error.message });
    },

    async save(change) {
      const response = await invoke('printers:save', change);
      if (!response.ok) return response.error;
      // A removed printer's last check goes with it.
      const names = new Set(response.value.printers.map((printer) => printer.name));
      const checks = Object.fromEntries(Object.entries(get().checks).filter(([name]) => names.has(name)));
      set({ view: response.value, loadError: null, checks });
      return null;
    },

    async testPrint(printerName) {
      setCheck(printerName, { kind: 'busy', what: 'test' });
      const response = await invoke('printers:test', { printerName });
      setCheck(
        printerName,
        response.ok
          ? { kind: 'test', result: response.value }
          : { kind: 'error', message: response.error.message },
      );
    },

    async checkStatus(printerName) {
      setCheck(printerName, { kind: 'busy', what: 'status' });
      const response = await invoke('printers:status', { printerName });
      setCheck(
        printerName,
        response.ok
          ? { kind: 'status', status: response.value }
          : { kind: 'error', message: response.error.message },
      );
    },
  };
});
