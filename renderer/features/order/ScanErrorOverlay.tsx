// A wrong or surplus item takes over the whole screen in red, with a buzz, until the packer
// acknowledges it with the OK button (Enter/Space, a click) or Escape; main logs the mistake and the
// acknowledgement. Scans meanwhile are not counted, and say so here. An unknown barcode can be
// linked to a line from here, never an order label. Another order's label asks whether to switch.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickLines } from '../../../shared/domain/pick-progress.ts';
import { isOwnLabel } from '../../../shared/domain/scan-codes.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import { LearnBarcodeDialog } from './LearnBarcodeDialog.tsx';
import { isScanError } from './pick-feedback.ts';
import { SwitchOrderDialog } from './SwitchOrderDialog.tsx';
import { pickedNow, useOrderStore } from './use-order-store.ts';
import './scan-error.css';

export function ScanErrorOverlay(props: { detail: OrderDetail }) {
  const { t } = useTranslation('picking');
  const feedback = useOrderStore((state) => state.feedback);
  const dismiss = useOrderStore((state) => state.dismissFeedback);
  const saved = useOrderStore((state) => state.saved);
  const unsaved = useOrderStore((state) => state.unsaved);
  const switchTo = useOrderStore((state) => state.switchTo);
  const [learning, setLearning] = useState<string | null>(null);
  const okRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const error = isScanError(feedback) ? feedback : null;

  useEffect(() => {
    if (error) okRef.current?.focus();
  }, [error]);

  if (learning !== null) {
    return <LearnBarcodeDialog detail={props.detail} code={learning} onClose={() => setLearning(null)} />;
  }
  if (switchTo !== null) return <SwitchOrderDialog orderId={switchTo} currentId={props.detail.order.id} />;
  if (!error) return null;

  const lines = pickLines(props.detail.order, pickedNow({ saved, unsaved }));
  const line = error.kind === 'over-scan' ? lines[error.line] : undefined;
  const lineName = line ? line.name || line.partNumber : '';
  // An unknown code can be linked to a line that still needs items and has a part number.
  const learnable =
    error.kind === 'wrong-item' &&
    error.knownAs === null &&
    !isOwnLabel(error.code) &&
    lines.some((l) => !l.complete && l.partNumber);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      dismiss();
    } else if (event.key === 'Tab') {
      // Two buttons at most: keep the focus on them.
      const buttons = [...event.currentTarget.querySelectorAll('button')];
      const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
      event.preventDefault();
      next?.focus();
    }
  }

  return (
    <div
      key={error.seq}
      className="scan-error"
      role="alertdialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="scan-error-box">
        <p id={titleId} className="scan-error-title">
          {error.kind === 'wrong-item' ? t('wrongItem.title') : t('overScan.title')}
        </p>
        <p className="scan-error-code">{t('scanned', { code: error.code })}</p>
        {error.kind === 'wrong-item' ? (
          <p className="scan-error-text">
            {error.knownAs ? t('wrongItem.knownAs', { partNumber: error.knownAs }) : t('wrongItem.text')}
          </p>
        ) : (
          <p className="scan-error-text">
            {t('overScan.text', { name: lineName, quantity: line?.quantity ?? 0 })}
          </p>
        )}
        <p className="scan-error-text">{t('takeItOut')}</p>
        {error.ignored !== null && (
          <p className="scan-error-ignored" role="alert">
            {t('acknowledgeFirst', { code: error.ignored })}
          </p>
        )}
        <div className="scan-error-buttons">
          <button ref={okRef} type="button" className="scan-error-ok" onClick={dismiss}>
            {t('acknowledge')}
          </button>
          {learnable && (
            <button
              type="button"
              className="secondary scan-error-link"
              onClick={() => setLearning(error.code)}
            >
              {t('learn.offer')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
