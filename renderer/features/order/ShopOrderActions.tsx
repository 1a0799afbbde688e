// The steps of a shop order at this station: start packing, packed here, handed to the carrier. The
// shop is never told (the notice says so in plain words); main records each step under the same
// rules as an Equipme step (verified before packed, the label asked for before the hand-over).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FULFILLMENT_STATUSES, type FulfillmentStatus, isKnown } from '../../../shared/api/equipme.ts';
import { isVerified, orderProgress, pickLines } from '../../../shared/domain/pick-progress.ts';
import { shopStepRule } from '../../../shared/domain/shop-steps.ts';
import { requiresVerification } from '../../../shared/domain/workflow.ts';
import type { OrderDetail } from '../../../shared/ipc/orders.ts';
import type { ShopOrderView, ShopStepName } from '../../../shared/ipc/shop-orders.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { usePressGuard } from '../../ui/use-press-guard.ts';
import { OverrideDialog } from './OverrideDialog.tsx';
import { pickedNow, useOrderStore } from './use-order-store.ts';

const STEP_BUTTON: Record<ShopStepName, string> = {
  packing: 'doPacking',
  packed: 'doPacked',
  'handed-to-carrier': 'doHanded',
};

export function ShopOrderActions(props: { detail: OrderDetail; shop: ShopOrderView }) {
  const { detail, shop } = props;
  const { order, effectiveStatus } = detail;
  const { t, i18n } = useTranslation('order');
  const saved = useOrderStore((state) => state.saved);
  const unsaved = useOrderStore((state) => state.unsaved);
  const sending = useOrderStore((state) => state.sending);
  const actionError = useOrderStore((state) => state.actionError);
  const runShopStep = useOrderStore((state) => state.runShopStep);
  const labelPrintedNow = useOrderStore((state) => state.labelPrinted);
  const guard = usePressGuard(effectiveStatus);
  const [asking, setAsking] = useState<FulfillmentStatus | null>(null);
  const [overriding, setOverriding] = useState(false);
  const shopName = t(`shop.shopNames.${shop.source}`);

  const picked = pickedNow({ saved, unsaved });
  const verified = isVerified(order, picked, detail.verificationOverride !== null);
  const progress = orderProgress(pickLines(order, picked));
  const next = shop.nextStep;
  const rule = next ? shopStepRule(next) : null;
  const blocked = rule !== null && !verified && requiresVerification(order, rule.action, effectiveStatus);

  function press(step: ShopStepName) {
    if (!guard.accept() || !isKnown(FULFILLMENT_STATUSES, effectiveStatus)) return;
    const seenStatus = effectiveStatus;
    if (step !== 'handed-to-carrier') {
      void runShopStep(step, { seenStatus });
      return;
    }
    // As an Equipme dispatch: without a printed label the packer is asked first.
    void labelPrintedNow().then((printed) => {
      if (printed) void runShopStep(step, { seenStatus });
      else setAsking(seenStatus);
    });
  }

  const stepOf = (name: ShopStepName) => shop.steps.find((s) => s.step === name);
  const rows: { key: string; label: string; at: string | null; operator: string | null; done: boolean }[] = [
    row('stepPacking', stepOf('packing')),
    row('stepPacked', stepOf('packed')),
    { key: 'stepLabel', label: t('shop.stepLabel'), at: null, operator: null, done: shop.labelPrinted },
    row('stepHanded', stepOf('handed-to-carrier')),
  ];
  function row(key: string, step: ShopOrderView['steps'][number] | undefined) {
    return {
      key,
      label: t(`shop.${key}`),
      at: step?.at ?? null,
      operator: step?.operator ?? null,
      done: !!step,
    };
  }

  return (
    <section className="order-actions shop-order-actions" aria-labelledby="order-actions-title">
      <h2 id="order-actions-title">{t('actions.title')}</h2>
      <p className="shop-order-notice" role="note">
        {t('shop.notice', { shop: shopName })}
      </p>
      {shop.unlistedSince && (
        <p className="order-actions-unknown" role="alert">
          {t('shop.unlisted', { shop: shopName })}
        </p>
      )}
      <h3>{t('shop.localStatus')}</h3>
      <ul className="shop-order-steps">
        {rows.map((r) => (
          <li key={r.key} data-done={r.done ? 'yes' : 'no'}>
            <span>{r.label}</span>{' '}
            <span className="shop-order-step-when">
              {r.done
                ? r.at
                  ? t('shop.stepAt', { at: formatDateTime(r.at, i18n.language), operator: r.operator ?? '—' })
                  : '✓'
                : t('shop.stepNotYet')}
            </span>
          </li>
        ))}
      </ul>
      {next === null && <p className="order-actions-none">{t('shop.done')}</p>}
      {blocked && next && (
        <div className="order-verify-needed" role="note">
          <p>
            {t('shop.verifyFirst', {
              step: t(`shop.${STEP_BUTTON[next]}`),
              picked: progress.picked,
              total: progress.total,
            })}
          </p>
          <button type="button" className="secondary" onClick={() => setOverriding(true)}>
            {t('override.open')}
          </button>
        </div>
      )}
      {next && (
        <div className="order-action-buttons">
          <button
            type="button"
            className="order-action order-action-primary"
            disabled={sending !== null || blocked}
            aria-disabled={guard.settled ? undefined : true}
            aria-busy={sending === next}
            {...guard.handlers}
            onClick={() => press(next)}
          >
            {t(`shop.${STEP_BUTTON[next]}`)}
          </button>
        </div>
      )}
      {actionError && (
        <p className="order-action-error" role="alert">
          {actionError}
        </p>
      )}
      {asking && (
        <Dialog title={t('shop.confirmTitle')} onClose={() => setAsking(null)}>
          <p>{t('shop.confirmNoLabel', { number: order.order.orderNumber })}</p>
          <div className="dialog-buttons">
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t('shop.cancel')}
            </button>
            <button
              type="button"
              onClick={() => {
                const seenStatus = asking;
                setAsking(null);
                void runShopStep('handed-to-carrier', { seenStatus, confirmed: true });
              }}
            >
              {t('shop.confirm')}
            </button>
          </div>
        </Dialog>
      )}
      {overriding && <OverrideDialog progress={progress} onClose={() => setOverriding(false)} />}
    </section>
  );
}
