// The one shipping label of a shipment's box ("package n of m" across its parcels), as the shipment
// screen mounts it: where the box's label stands in the print ledger, the parcels, and Print box label
// (`shipment:print-label` for the box's orders). While main says the box may not be labelled yet
// (`labelRefusal`) the button waits and says why; a refusal from main shows as the order's print card
// shows it, with a reprint (code or reason) when the box was labelled before.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/envelope.ts';
import { REPRINT_CODES, type ReprintCode } from '../../../shared/ipc/printing.ts';
import type { ShipmentBox } from '../../../shared/ipc/shipment.ts';
import { invoke } from '../../api/station.ts';
import { PackagesStepper } from './PackagesStepper.tsx';
import { PrintJobList } from './PrintJobList.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';
import './print.css';

interface Refusal {
  error: IpcError;
  packages: number;
}

export function BoxLabelCard(props: { salesOrderId: number; box: ShipmentBox; changed: () => void }) {
  const { salesOrderId, box } = props;
  const { t } = useTranslation('print');
  const [packages, setPackages] = useState(1);
  const [printing, setPrinting] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [reprinting, setReprinting] = useState<number | null>(null);
  const allowed = box.labelRefusal === null;
  const disabled = !allowed || printing;

  async function print(
    count: number,
    reprint: { reprintReason?: string; reprintCode?: ReprintCode } = {},
  ): Promise<IpcError | null> {
    setPrinting(true);
    setRefusal(null);
    const response = await invoke('shipment:print-label', {
      salesOrderId,
      orderIds: box.orderIds,
      ...(count !== 1 ? { packages: count } : {}),
      ...reprint,
    });
    setPrinting(false);
    if (!response.ok) setRefusal({ error: response.error, packages: count });
    props.changed();
    return response.ok ? null : response.error;
  }

  return (
    <section className="print-card box-label-card" aria-label={t('box.title')}>
      <div className="print-card-title-row">
        <h3 className="box-label-title">{t('box.title')}</h3>
        <PackagesStepper value={packages} onChange={setPackages} disabled={disabled} />
      </div>
      {box.labelRefusal && (
        <p className="print-verify-needed" role="note">
          {box.labelRefusal}
        </p>
      )}
      <div className="print-buttons">
        <button
          type="button"
          className={
            allowed && box.label === null ? 'print-button print-button-primary' : 'secondary print-button'
          }
          disabled={disabled}
          aria-busy={printing}
          onClick={() => void print(packages)}
        >
          {printing ? t('card.sending') : t('box.print')}
        </button>
      </div>
      {refusal && (
        <div className="print-refusal" role="alert">
          <p>{refusal.error.message}</p>
          <div className="print-refusal-buttons">
            {refusal.error.code === 'rejected' && box.label !== null && (
              <button type="button" onClick={() => setReprinting(refusal.packages)}>
                {t('card.reprint.label')}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setRefusal(null)}>
              {t('card.dismiss')}
            </button>
          </div>
        </div>
      )}
      {box.label ? (
        <PrintJobList jobs={[box.label]} error={null} />
      ) : (
        <p className="print-jobs-none">{t('box.none')}</p>
      )}
      {reprinting !== null && (
        <ReasonDialog
          title={t('reprintDialog.title.label')}
          lead={t('reprintDialog.lead')}
          submitLabel={t('reprintDialog.submit')}
          codes={REPRINT_CODES}
          onSubmit={async (reason, code) => {
            const failure = await print(reprinting, {
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
