// The caption above a sales order's group in the queue: its number and what the group tells about
// it (here of how many, missing, already packed or sent). A click or Enter opens the shipment.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueGroup } from '../../../shared/ipc/orders.ts';

/**
 * The group's facts come as values, not as the row's object: each answer brings new row objects, and
 * a caption whose facts did not change (the next key typed) is not drawn again.
 */
export const QueueGroupCaption = memo(function QueueGroupCaption(
  props: QueueGroup & { orderNumber: string },
) {
  const { orderNumber, ...group } = props;
  const { t } = useTranslation('queue');
  const missing = group.total === null ? 0 : group.total - group.open;
  const facts = [
    group.total === null
      ? t('group.here', { count: group.open })
      : t('group.hereOf', { open: group.open, count: group.total }),
    missing > 0 && t('group.missing', { count: missing }),
    group.otherStatus > 0 && t('group.otherStatus', { count: group.otherStatus }),
  ].filter((fact): fact is string => typeof fact === 'string');
  return (
    <>
      <span className="queue-caption-number">{t('group.salesOrder', { number: orderNumber })}</span>
      <span className="queue-caption-facts" title={missing > 0 ? t('group.missingTitle') : undefined}>
        {facts.join(' · ')}
      </span>
      <span className="queue-caption-open">{t('group.open')}</span>
    </>
  );
});
