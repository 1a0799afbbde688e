// This order's print jobs, newest first, in plain words: waiting for the printer (next try, last
// problem), sending, sent but unconfirmed, printed, failed, with Retry and Cancel where main allows
// them (retry: waiting or failed; cancel: only a job still waiting for its printer).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assert-never.ts';
import type { PrintJobState, PrintJobView } from '../../../shared/ipc/printing.ts';
import { formatDateTime, formatTime } from '../../i18n/format.ts';
import { ReasonDialog } from './ReasonDialog.tsx';
import { usePrintStore } from './use-print-store.ts';
import './print-jobs.css';

const STATE_MARK: Record<PrintJobState, string> = {
  queued: '↻',
  sending: '→',
  sent: '→',
  printed: '✓',
  failed: '✕',
};

export function PrintJobList(props: { jobs: PrintJobView[]; error: string | null }) {
  const { jobs, error } = props;
  const { t } = useTranslation('print');
  const titleId = useId();
  const [showEarlier, setShowEarlier] = useState(false);
  // The newest job of each document tells where it stands; older ones wait behind a button, so
  // the card stays short and the order's next step stays on screen.
  const latest = jobs.filter((job, index) => jobs.findIndex((other) => other.kind === job.kind) === index);
  const earlier = jobs.filter((job) => !latest.includes(job));
  const shown = showEarlier ? jobs : latest;

  return (
    <section className="print-jobs-section" aria-labelledby={titleId}>
      <h3 id={titleId} className="visually-hidden">
        {t('jobs.title')}
      </h3>
      {error && (
        <p className="print-error" role="alert">
          {error}
        </p>
      )}
      {jobs.length === 0 && !error && <p className="print-jobs-none">{t('jobs.none')}</p>}
      {shown.length > 0 && (
        <ul className="print-jobs">
          {shown.map((job) => (
            <PrintJobItem key={job.id} job={job} />
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <button
          type="button"
          className="secondary print-jobs-earlier"
          aria-expanded={showEarlier}
          onClick={() => setShowEarlier(!showEarlier)}
        >
          {showEarlier ? t('jobs.hideEarlier') : t('jobs.showEarlier', { count: earlier.length })}
        </button>
      )}
    </section>
  );
}

function PrintJobItem(props: { job: PrintJobView }) {
  const { job } = props;
  const { t, i18n } = useTranslation('print');
  const retry = usePrintStore((state) => state.retry);
  const cancel = usePrintStore((state) => state.cancel);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const kind = t(`kind.${job.kind}`);

  async function tryAgain() {
    setBusy(true);
    setError(await retry(job.id));
    setBusy(false);
  }

  return (
    <li className={`print-job print-job-${job.state}`}>
      <div className="print-job-head">
        <span className="print-job-state">
          <span aria-hidden="true">{STATE_MARK[job.state]} </span>
          {t(`state.${job.state}`)}
        </span>
        <span className="print-job-what">
          {job.kind === 'label' && job.packages > 1 ? t('job.labels', { count: job.packages }) : kind}
        </span>
        <span className="print-job-time">{formatDateTime(job.createdAt, i18n.language)}</span>
      </div>
      <p className="print-job-detail">
        <JobDetail job={job} />
      </p>
      {job.state === 'queued' && job.lastError && (
        <p className="print-job-problem">{t('job.lastError', { error: job.lastError })}</p>
      )}
      {job.reasonCode && (
        <p className="print-job-reason">
          {job.reason
            ? t('job.reprint', { code: job.reasonCode, reason: job.reason })
            : t('job.reprintCode', { code: job.reasonCode })}
        </p>
      )}
      {job.notes.length > 0 && (
        <ul className="print-notes" aria-label={t('job.notes')}>
          {job.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {(job.state === 'queued' || job.state === 'failed') && (
        <div className="print-job-buttons">
          <button type="button" className="secondary" disabled={busy} onClick={() => void tryAgain()}>
            {job.state === 'queued' ? t('job.tryNow') : t('job.retry')}
          </button>
          {job.state === 'queued' && (
            <button type="button" className="secondary print-job-cancel" onClick={() => setCancelling(true)}>
              {t('job.cancel')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="print-error" role="alert">
          {error}
        </p>
      )}
      {cancelling && (
        <ReasonDialog
          title={t('cancelDialog.title', { kind })}
          lead={t('cancelDialog.lead', { printer: job.printerName })}
          submitLabel={t('cancelDialog.submit')}
          closeLabel={t('cancelDialog.keep')}
          tone="danger"
          onSubmit={(reason) => cancel(job.id, reason)}
          onClose={() => setCancelling(false)}
        />
      )}
    </li>
  );
}

/** What the state means for this job, with the printer's name and the next try. */
function JobDetail(props: { job: PrintJobView }) {
  const { job } = props;
  const { t, i18n } = useTranslation('print');
  const printer = job.printerName;
  switch (job.state) {
    case 'queued':
      return job.nextAttemptAt
        ? t('job.queuedNext', { printer, time: formatTime(job.nextAttemptAt, i18n.language) })
        : t('job.queued', { printer });
    case 'sending':
      return t('job.sending', { printer });
    case 'sent':
      return t('job.sent', { printer });
    case 'printed':
      return t('job.printed', { printer });
    case 'failed':
      return t('job.failed', { printer, error: job.lastError ?? t('job.unknownError') });
    default:
      return assertNever(job.state, 'print job state');
  }
}
