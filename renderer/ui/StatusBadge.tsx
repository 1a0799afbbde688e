// The status pill of the queue, the order screen and the outbox: colour and text, never colour
// alone; a status this station does not know gets its own hatched badge.
import { useTranslation } from 'react-i18next';
import { isKnownStatus } from '../../shared/domain/lifecycle.ts';
import { statusName } from './status-name.ts';

export function StatusBadge(props: { status: string }) {
  const { t } = useTranslation('common');
  const kind = isKnownStatus(props.status) ? props.status : 'unknown';
  return <span className={`status-badge status-${kind}`}>{statusName(t, props.status)}</span>;
}
