// The order's label and packing slip: print (once the pick list is verified, or overridden), a
// preview of exactly what prints, a reprint with a reason when main says it was printed before, and
// the jobs as they move through the printer. Nothing here blocks the rest of the order screen.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DocumentKind,
  type PrintJobView,
  REPRINT_CODES,
  type ReprintCode,
} from '../../../shared/ipc/printing.ts';
import { PackagesStepper } from './PackagesStepper.tsx';
import { PrintJobList } from './PrintJobList.tsx';
import { PrintPreview } from './PrintPreview.tsx';
import type { PrintGate } from './print-gate.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { usePrintStore } from './use-print-store.ts';
import './print.css';

/**
 * A job that counts as this document's print: main refuses another without a reason. Only then is a
 * reprint offered; other refusals (nobody signed in, locked, not verified) printed nothing yet.
 */
const hasActiveJob = (jobs: PrintJobView[], kind: DocumentKind) =>
  jobs.some((job) => job.kind === kind && job.state !== 'failed');

export function PrintCard(props: {
  orderId: number;
  gate: PrintGate;
  /** Resolves once the counts the gate was opened on are saved in main. */
  countsSaved?: () => Promise<void>;
}) {
  const { orderId, gate } = props;
  const { t } = useTranslation('print');
  const jobs = usePrintStore((state) => state.jobs);
  const jobsError = usePrintStore((state) => state.jobsError);
  const printing = usePrintStore((state) => state.printing);
  const refusal = usePrintStore((state) => state.refusal);
  const previewOpen = usePrintStore((state) => state.preview !== null);
  const [packages, setPackages] = useState(1);
  const [reprinting, setReprinting] = useState<{ kind: DocumentKind; packages: number } | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  const [answered, setAnswered] = useState(0);

  useEffect(() => {
    const store = usePrintStore.getState();
    const stop = store.watch();
    void store.open(orderId);
    return () => {
      stop();
      usePrintStore.getState().close();
    };
  }, [orderId]);

  useEffect(() => {
    if (answered === 0) return;
    // The card sits low in the side column: bring main's answer (the new job, or why not) into view.
    const answer =
      cardRef.current?.querySelector('.print-refusal') ?? cardRef.current?.querySelector('.print-job');
    answer?.scrollIntoView?.({ block: 'nearest' });
  }, [answered]);

  const store = usePrintStore.getState();
  async function print(
    kind: DocumentKind,
    options: { packages?: number; reprintReason?: string; reprintCode?: ReprintCode } = {},
  ) {
    const failure = await store.print(kind, { ...options, after: props.countsSaved });
    setAnswered((n) => n + 1);
    return failure;
  }
  const disabled = !gate.allowed || printing !== null;
  // The label is the next thing to do once the order is verified and nothing printed it yet.
  const labelProminent = gate.allowed && !hasActiveJob(jobs, 'label');

  return (
    <section className="print-card" aria-labelledby="print-card-title" ref={cardRef}>
      <div className="print-card-title-row">
        <h2 id="print-card-title">{t('card.title')}</h2>
        <PackagesStepper value={packages} onChange={setPackages} disabled={disabled} />
        <button
          type="button"
          className="secondary print-preview-toggle"
          aria-expanded={previewOpen}
          onClick={() => (previewOpen ? store.hidePreview() : void store.showPreview('label'))}
        >
          {previewOpen ? t('preview.hide') : t('preview.show')}
        </button>
      </div>
      {gate.locked && (
        <p className="print-verify-needed print-locked" role="note">
          {t('card.locked')}
        </p>
      )}
      {!gate.allowed && !gate.locked && (
        <p className="print-verify-needed" role="note">
          {t('card.verifyFirst', { picked: gate.progress.picked, total: gate.progress.total })}
        </p>
      )}
      <div className="print-buttons">
        <button
          type="button"
          className={labelProminent ? 'print-button print-button-primary' : 'secondary print-button'}
          disabled={disabled}
          aria-busy={printing === 'label'}
          onClick={() => void print('label', { packages })}
        >
          {printing === 'label' ? t('card.sending') : t('card.printLabel')}
        </button>
        <button
          type="button"
          className="secondary print-button"
          disabled={disabled}
          aria-busy={printing === 'slip'}
          onClick={() => void print('slip')}
        >
          {printing === 'slip' ? t('card.sending') : t('card.printSlip')}
        </button>
      </div>
      {refusal && (
        <div className="print-refusal" role="alert">
          <p>{refusal.error.message}</p>
          <div className="print-refusal-buttons">
            {refusal.error.code === 'rejected' && hasActiveJob(jobs, refusal.kind) && (
              <button
                type="button"
                onClick={() => setReprinting({ kind: refusal.kind, packages: refusal.packages })}
              >
                {t(`card.reprint.${refusal.kind}`)}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => store.dismissRefusal()}>
              {t('card.dismiss')}
            </button>
          </div>
        </div>
      )}
      <PrintPreview />
      <PrintJobList jobs={jobs} error={jobsError} />
      {reprinting && (
        <ReasonDialog
          title={t(`reprintDialog.title.${reprinting.kind}`)}
          lead={t('reprintDialog.lead')}
          submitLabel={t('reprintDialog.submit')}
          codes={REPRINT_CODES}
          onSubmit={async (reason, code) => {
            const failure = await print(reprinting.kind, {
              packages: reprinting.packages,
              ...(reason !== '' ? { reprintReason: reason } : {}),
              ...(code !== undefined ? { reprintCode: code } : {}),
            });
            return failure?.message ?? null;
          }}
          onClose={() => setReprinting(null)}
        />
      )}
    </section>
  );
}
