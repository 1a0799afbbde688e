// The configured printers, one row each: what it is and where, which documents it prints by
// default, and its buttons (test print, status, edit, remove) with the last check's answer.
import { useTranslation } from 'react-i18next';
import type { PrinterView } from '../../../shared/ipc/printing.ts';
import { PrinterCheckView } from './PrinterCheckView.tsx';
import { usePrintersStore } from './use-printers-store.ts';

export function PrinterList(props: {
  printers: PrinterView[];
  onEdit: (printer: PrinterView) => void;
  onRemove: (printer: PrinterView) => void;
}) {
  const { t } = useTranslation('print');
  if (props.printers.length === 0) return <p className="printers-none">{t('printers.none')}</p>;
  return (
    <ul className="printer-list" aria-label={t('printers.listLabel')}>
      {props.printers.map((printer) => (
        <PrinterRow key={printer.name} printer={printer} onEdit={props.onEdit} onRemove={props.onRemove} />
      ))}
    </ul>
  );
}

function PrinterRow(props: {
  printer: PrinterView;
  onEdit: (printer: PrinterView) => void;
  onRemove: (printer: PrinterView) => void;
}) {
  const { printer } = props;
  const { t } = useTranslation('print');
  const check = usePrintersStore((state) => state.checks[printer.name]);
  const testPrint = usePrintersStore((state) => state.testPrint);
  const checkStatus = usePrintersStore((state) => state.checkStatus);
  const busy = check?.kind === 'busy';

  return (
    <li className="printer-row" aria-label={printer.name}>
      <div className="printer-row-head">
        <span className="printer-name">{printer.name}</span>
        <span className="printer-kind">{t(`printerKind.${printer.kind}`)}</span>
        {printer.defaultFor.map((kind) => (
          <span key={kind} className="printer-default">
            {t(`printers.defaultFor.${kind}`)}
          </span>
        ))}
      </div>
      <dl className="printer-facts">
        <dt>{t('printers.address')}</dt>
        <dd className="printer-address">{printer.address}</dd>
        <dt>{t('printers.paper')}</dt>
        <dd>
          {t(`media.${printer.media}`)} · {t('printers.dpiValue', { dpi: printer.dpi })}
        </dd>
      </dl>
      <div className="printer-buttons">
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void testPrint(printer.name)}
        >
          {t('printers.test')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void checkStatus(printer.name)}
        >
          {t('printers.status')}
        </button>
        <button type="button" className="secondary" onClick={() => props.onEdit(printer)}>
          {t('printers.edit')}
        </button>
        <button type="button" className="secondary printer-remove" onClick={() => props.onRemove(printer)}>
          {t('printers.removeButton')}
        </button>
      </div>
      {check && <PrinterCheckView printerName={printer.name} check={check} />}
    </li>
  );
}
