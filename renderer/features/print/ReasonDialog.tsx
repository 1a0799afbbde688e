// Asks why (a reprint, cancelling a print job), kept in main's ledger. A reprint also picks a reason
// code, printed on the document (DAMAGED, JAM, LOST); the words are then optional, except for OTHER.
// Without codes the words are required. The asking itself is the shared AskDialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReprintCode } from '../../../shared/ipc/printing.ts';
import { AskDialog } from '../../ui/AskDialog.tsx';

export function ReasonDialog(props: {
  title: string;
  lead: string;
  submitLabel: string;
  /** The button that leaves without doing it (default "Cancel"). */
  closeLabel?: string;
  tone?: 'normal' | 'danger';
  /** Reason codes to choose from (reprints); one must be picked. */
  codes?: readonly ReprintCode[];
  /** Resolves to main's error message, or null when done. `reason` is '' when the code says it all. */
  onSubmit: (reason: string, code?: ReprintCode) => Promise<string | null>;
  onClose: () => void;
}) {
  const { codes } = props;
  const { t } = useTranslation('print');
  const [code, setCode] = useState<ReprintCode | null>(null);
  const wordsOptional = codes !== undefined && code !== 'OTHER';

  return (
    <AskDialog
      title={props.title}
      lead={props.lead}
      submitLabel={props.submitLabel}
      cancelLabel={props.closeLabel}
      tone={props.tone}
      reasonOptional={wordsOptional}
      reasonLabel={wordsOptional ? t('reason.labelOptional') : t('reason.label')}
      check={() => (codes && code === null ? t('reason.codeRequired') : null)}
      onSubmit={({ reason }) => props.onSubmit(reason, code ?? undefined)}
      onClose={props.onClose}
    >
      {codes && (
        <fieldset className="reason-codes">
          <legend>{t('reason.code')}</legend>
          {codes.map((value, index) => (
            <label key={value} className="reason-code">
              <input
                data-autofocus={index === 0 ? true : undefined}
                type="radio"
                name="reason-code"
                value={value}
                checked={code === value}
                onChange={() => setCode(value)}
              />
              {t(`reprintCode.${value}`)}
            </label>
          ))}
        </fieldset>
      )}
    </AskDialog>
  );
}
