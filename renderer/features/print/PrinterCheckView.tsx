// What a printer answered to a test print or a status check, in plain words.
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../../shared/domain/assert-never.ts';
import type { PrinterStatus } from '../../../shared/ipc/printing.ts';
import type { PrinterCheck } from './use-printers-store.ts';

export function PrinterCheckView(props: { printerName: string; check: PrinterCheck }) {
  const { printerName, check } = props;
  const { t } = useTranslation('print');
  switch (check.kind) {
    case 'busy':
      return (
        <p className="printer-check printer-check-busy" role="status">
          {check.what === 'test' ? t('check.testing') : t('check.asking')}
        </p>
      );
    case 'error':
      return (
        <p className="printer-check printer-check-bad" role="alert">
          <span aria-hidden="true">✕ </span>
          {check.message}
        </p>
      );
    case 'test': {
      const { result } = check;
      const good = result.state === 'printed' && (result.status?.ready ?? true);
      return (
        <div className={`printer-check ${good ? 'printer-check-good' : 'printer-check-warn'}`} role="status">
          <p>
            <span aria-hidden="true">{result.state === 'printed' ? '✓ ' : '→ '}</span>
            {result.state === 'printed'
              ? t('check.testPrinted', { printer: printerName })
              : t('check.testSent', { printer: printerName })}
          </p>
          {result.status && <StatusWords status={result.status} />}
          {result.note && <p>{result.note}</p>}
        </div>
      );
    }
    case 'status': {
      const { status } = check;
      if (!status) {
        return (
          <p className="printer-check printer-check-neutral" role="status">
            {t('check.noStatus')}
          </p>
        );
      }
      return (
        <div
          className={`printer-check ${status.ready ? 'printer-check-good' : 'printer-check-bad'}`}
          role="status"
        >
          <StatusWords status={status} />
        </div>
      );
    }
    default:
      return assertNever(check, 'printer check');
  }
}

function StatusWords(props: { status: PrinterStatus }) {
  const { status } = props;
  const { t } = useTranslation('print');
  const waiting = status.labelsRemaining ?? status.formatsInBuffer ?? 0;
  return (
    <>
      <p className="printer-check-verdict">
        <span aria-hidden="true">{status.ready ? '✓ ' : '✕ '}</span>
        {status.ready ? t('check.ready') : t('check.notReady')}
      </p>
      {status.problems.length > 0 && (
        <ul className="printer-problems">
          {status.problems.map((problem) => (
            <li key={problem}>{t(`problem.${problem}`)}</li>
          ))}
        </ul>
      )}
      {waiting > 0 && <p>{t('check.waiting', { count: waiting })}</p>}
    </>
  );
}
