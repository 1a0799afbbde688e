// Printing for the open order: its print jobs (loaded, then kept current by `print:job` events),
// the document being handed to main, main's refusal (e.g. already printed: a reprint needs a reason)
// and the preview pages. Printing never waits for the printer: main answers once the job is queued.
import { create } from 'zustand';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import type { DocumentKind, PrintJobView, PrintPreview, ReprintCode } from '../../../shared/ipc/printing.ts';
import { invoke, on } from '../../api/station.ts';

export interface PrintRefusal {
  kind: DocumentKind;
  error: IpcError;
  /** The packages asked for, so a reprint prints the same. */
  packages: number;
}

export interface PreviewState {
  kind: DocumentKind;
  loading: boolean;
  preview: PrintPreview | null;
  error: string | null;
}

export interface PrintState {
  orderId: number | null;
  /** This order's jobs, newest first. */
  jobs: PrintJobView[];
  jobsError: string | null;
  /** The document being handed to main (its button shows it and cannot be pressed twice). */
  printing: DocumentKind | null;
  refusal: PrintRefusal | null;
  preview: PreviewState | null;
  open(orderId: number): Promise<void>;
  close(): void;
  /** Follows `print:job` events for the open order; returns the function that stops. */
  watch(): () => void;
  /** Resolves to main's error, or null when the job is in the ledger. */
  print(
    kind: DocumentKind,
    options?: {
      packages?: number;
      reprintReason?: string;
      reprintCode?: ReprintCode;
      /** Waited for (the button shows the print on its way) before main is asked. */
      after?: () => Promise<void>;
    },
  ): Promise<IpcError | null>;
  dismissRefusal(): void;
  retry(jobId: string): Promise<string | null>;
  cancel(jobId: string, reason: string): Promise<string | null>;
  showPreview(kind: DocumentKind): Promise<void>;
  hidePreview(): void;
}

function newestFirst(jobs: PrintJobView[]): PrintJobView[] {
  return [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

export const usePrintStore = create<PrintState>()((set, get) => {
  function upsert(job: PrintJobView): void {
    if (job.orderId !== get().orderId) return;
    set({ jobs: newestFirst([job, ...get().jobs.filter((j) => j.id !== job.id)]) });
  }

  return {
    orderId: null,
    jobs: [],
    jobsError: null,
    printing: null,
    refusal: null,
    preview: null,

    async open(orderId) {
      set({ orderId, jobs: [], jobsError: null, printing: null, refusal: null, preview: null });
      const response = await invoke('print:jobs', { orderId });
      if (get().orderId !== orderId) return;
      if (!response.ok) {
        set({ jobsError: response.error.message });
        return;
      }
      // Events that arrived while the list was on its way are newer than the list.
      const pushed = new Map(get().jobs.map((job) => [job.id, job]));
      const listed = response.value.filter((job) => !pushed.has(job.id));
      set({ jobs: newestFirst([...get().jobs, ...listed]), jobsError: null });
    },

    close() {
      set({ orderId: null, jobs: [], printing: null, refusal: null, preview: null });
    },

    watch() {
      return on('print:job', upsert);
    },

    async print(kind, options = {}) {
      const orderId = get().orderId;
      if (orderId === null || get().printing) return null;
      const packages = options.packages ?? 1;
      set({ printing: kind, refusal: null });
      await options.after?.();
      if (get().orderId !== orderId) return null;
      const response = await invoke('print:order', {
        orderId,
        kind,
        ...(kind === 'label' && packages !== 1 ? { packages } : {}),
        ...(options.reprintReason !== undefined ? { reprintReason: options.reprintReason } : {}),
        ...(options.reprintCode !== undefined ? { reprintCode: options.reprintCode } : {}),
      });
      if (get().orderId !== orderId) return null;
      if (!response.ok) {
        set({ printing: null, refusal: { kind, error: response.error, packages } });
        return response.error;
      }
      set({ printing: null });
      upsert(response.value);
      return null;
    },

    dismissRefusal() {
      set({ refusal: null });
    },

    async retry(jobId) {
      const response = await invoke('print:retry', { jobId });
      if (!response.ok) return response.error.message;
      upsert(response.value);
      return null;
    },

    async cancel(jobId, reason) {
      const response = await invoke('print:cancel', { jobId, reason });
      if (!response.ok) return response.error.message;
      upsert(response.value);
      return null;
    },

    async showPreview(kind) {
      const orderId = get().orderId;
      if (orderId === null) return;
      set({ preview: { kind, loading: true, preview: null, error: null } });
      const response = await invoke('print:preview', { orderId, kind });
      // Another document (or none) was asked for meanwhile: that answer wins.
      if (get().orderId !== orderId || get().preview?.kind !== kind) return;
      set({
        preview: response.ok
          ? { kind, loading: false, preview: response.value, error: null }
          : { kind, loading: false, preview: null, error: response.error.message },
      });
    },

    hidePreview() {
      set({ preview: null });
    },
  };
});
