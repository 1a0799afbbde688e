// A locked order's red banner across the whole screen: Equipme's status, what happened and who to
// ask (main's words), and the explicit ways out. A race is only released by a supervisor.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail, OrderLockView } from '../../../shared/ipc/orders.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { AskDialog } from '../../ui/AskDialog.tsx';
import { statusName } from '../../ui/status-name.ts';
import { useOrderStore } from './use-order-store.ts';

export function LockBanner(props: { detail: OrderDetail; lock: OrderLockView }) {
  const { detail, lock } = props;
  const { t, i18n } = useTranslation(['order', 'common']);
  const takeServerStatus = useOrderStore((state) => state.takeServerStatus);
  const releaseLock = useOrderStore((state) => state.releaseLock);
  const [asking, setAsking] = useState<'take' | 'release' | null>(null);
  const orderNumber = detail.order.order.orderNumber;
  const server = lock.serverStatus === null ? null : statusName(t, lock.serverStatus);

  return (
    <section className="lock-banner" role="alert" aria-labelledby="lock-banner-title">
      <div className="lock-banner-text">
        <h2 id="lock-banner-title" className="lock-banner-title">
          {t(`order:lock.title.${lock.reason}`, { status: server ?? '' })}
        </h2>
        <p className="lock-banner-statuses">
          {server !== null && <span>{t('order:lock.equipmeSays', { status: server })}</span>}
          {lock.expected !== null && (
            <span>{t('order:lock.expected', { status: statusName(t, lock.expected) })}</span>
          )}
          <span>{t('order:lock.since', { time: formatDateTime(lock.since, i18n.language) })}</span>
        </p>
        <p className="lock-banner-message">{lock.message}</p>
      </div>
      <div className="lock-banner-buttons">
        {lock.canTakeServerStatus && (
          <button type="button" className="lock-banner-take" onClick={() => setAsking('take')}>
            {t('order:lock.take')}
          </button>
        )}
        <button type="button" className="lock-banner-release" onClick={() => setAsking('release')}>
          {t('order:lock.release')}
        </button>
      </div>
      {asking === 'take' && (
        <AskDialog
          title={t('order:lock.takeDialog.title', { order: orderNumber })}
          lead={
            server === null
              ? t('order:lock.takeDialog.leadGone')
              : t('order:lock.takeDialog.lead', { status: server })
          }
          submitLabel={t('order:lock.takeDialog.submit')}
          tone="danger"
          onSubmit={({ reason }) => takeServerStatus(reason)}
          onClose={() => setAsking(null)}
        />
      )}
      {asking === 'release' && (
        <AskDialog
          title={t('order:lock.releaseDialog.title', { order: orderNumber })}
          lead={t('order:lock.releaseDialog.lead')}
          submitLabel={t('order:lock.releaseDialog.submit')}
          pin
          tone="danger"
          onSubmit={({ pin, reason }) => releaseLock(pin, reason)}
          onClose={() => setAsking(null)}
        />
      )}
    </section>
  );
}
