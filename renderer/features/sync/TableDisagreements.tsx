// Our lifecycle table is an assumption: every time Equipme refused a move it allows, or accepted one
// a supervisor sent outside it, is listed here with Equipme's own words, for whoever keeps the table.
import { useTranslation } from 'react-i18next';
import type { TableDisagreement } from '../../../shared/ipc/outbox.ts';
import { useNavigationStore } from '../../app/use-navigation-store.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { StatusBadge } from '../../ui/StatusBadge.tsx';

export function TableDisagreements(props: {
  disagreements: TableDisagreement[];
  error: string | null;
  orderNumbers: Record<number, string>;
}) {
  const { disagreements, error, orderNumbers } = props;
  const { t, i18n } = useTranslation(['sync', 'common']);
  const openOrder = useNavigationStore((state) => state.openOrder);
  if (disagreements.length === 0 && !error) return null;
  return (
    <section className="outbox-disagreements" aria-labelledby="outbox-disagreements-title">
      <h2 id="outbox-disagreements-title">{t('disagreements.title')}</h2>
      <p className="outbox-disagreements-lead">{t('disagreements.lead')}</p>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {disagreements.length > 0 && (
        <table className="outbox-disagreements-table">
          <thead>
            <tr>
              <th scope="col">{t('disagreements.column.when')}</th>
              <th scope="col">{t('disagreements.column.order')}</th>
              <th scope="col">{t('disagreements.column.action')}</th>
              <th scope="col">{t('disagreements.column.status')}</th>
              <th scope="col">{t('disagreements.column.outcome')}</th>
              <th scope="col">{t('disagreements.column.equipme')}</th>
            </tr>
          </thead>
          <tbody>
            {disagreements.map((d) => (
              <tr key={`${d.at}-${d.orderId}-${d.action}`} className={`outbox-disagreement-${d.kind}`}>
                <td>{formatDateTime(d.at, i18n.language)}</td>
                <td>
                  <button type="button" className="secondary" onClick={() => openOrder(d.orderId)}>
                    {orderNumbers[d.orderId] ?? t('orderId', { id: d.orderId })}
                  </button>
                </td>
                <td>{t(`common:action.${d.action}`)}</td>
                <td>
                  <StatusBadge status={d.status} />
                  {d.serverStatus !== null && d.serverStatus !== d.status && (
                    <>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden">{t('to')}</span>
                      <StatusBadge status={d.serverStatus} />
                    </>
                  )}
                </td>
                <td>{t(`disagreements.kind.${d.kind}`)}</td>
                <td className="outbox-disagreement-words">{d.serverMessage ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
