import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api/station.ts';
import { useStationHealth, useSyncStore } from '../../app/use-sync-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { DiscardDialog } from './DiscardDialog.tsx';
import { OutboxEntryItem } from './OutboxEntryItem.tsx';
import { groupOutbox } from './outbox-groups.ts';
import { TableDisagreements } from './TableDisagreements.tsx';
import { useOutboxStore } from './use-outbox-store.ts';
import './outbox.css';

export function OutboxScreen() {
  const { t, i18n } = useTranslation(['sync', 'common']);
  const { entries, loaded, error, orderNumbers, load, resolveOrderNumbers, retry } = useOutboxStore();
  const disagreements = useOutboxStore((state) => state.disagreements) ?? [];
  const disagreementsError = useOutboxStore((state) => state.disagreementsError);
  const loadDisagreements = useOutboxStore((state) => state.loadDisagreements);
  const { status, syncing, syncNow } = useSyncStore();
  const { problem } = useStationHealth();
  const showToast = useToastStore((state) => state.show);
  const [discarding, setDiscarding] = useState<string | null>(null);
  const [showSettled, setShowSettled] = useState(false);
  const { open, settledToday } = groupOutbox(entries, new Date());

  useEffect(() => {
    void load();
    void loadDisagreements();
    // Every outcome of the sync engine comes with a new status snapshot: the list changed.
    return on('sync:status', () => {
      void load();
      void loadDisagreements();
    });
  }, [load, loadDisagreements]);

  const shown = showSettled ? [...open, ...settledToday] : open;
  const shownOrderIds = [...shown, ...disagreements].map((entry) => entry.orderId).join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the ids actually shown
  useEffect(() => {
    void resolveOrderNumbers([...shown, ...disagreements].map((entry) => entry.orderId));
  }, [shownOrderIds, resolveOrderNumbers]);

  async function onRetry(entryId: string) {
    const failure = await retry(entryId);
    showToast(failure ? { kind: 'error', text: failure.message } : { kind: 'success', text: t('retried') });
  }

  async function onSyncNow() {
    await syncNow();
    const problem = useSyncStore.getState().error;
    if (problem) showToast({ kind: 'error', text: problem });
    await load();
  }

  const lastPull = status?.lastPull;
  return (
    <section className="outbox" aria-labelledby="outbox-title">
      <div className="outbox-bar">
        <h1 id="outbox-title">{t('title')}</h1>
        <p className="outbox-summary">
          {open.length === 0 ? t('summary.allSent') : t('summary.open', { count: open.length })}
        </p>
        <button type="button" className="primary-large" onClick={() => void onSyncNow()} disabled={syncing}>
          {syncing ? t('syncing') : t('syncNow')}
        </button>
      </div>
      <p className="outbox-last-sync">
        {lastPull
          ? t('lastPull', {
              time: formatDateTime(lastPull.at, i18n.language),
              count: lastPull.orders,
            })
          : t('neverPulled')}
        {problem && <span className="outbox-problem"> {problem}</span>}
      </p>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {loaded && open.length === 0 && <p className="outbox-empty">{t('empty')}</p>}
      {open.length > 0 && (
        <ul className="outbox-list" aria-label={t('openLabel')}>
          {open.map((entry) => (
            <OutboxEntryItem
              key={entry.id}
              entry={entry}
              orderNumber={orderNumbers[entry.orderId]}
              onRetry={() => void onRetry(entry.id)}
              onDiscard={() => setDiscarding(entry.id)}
            />
          ))}
        </ul>
      )}
      {settledToday.length > 0 && (
        <div className="outbox-settled">
          <button
            type="button"
            className="secondary"
            aria-expanded={showSettled}
            onClick={() => setShowSettled(!showSettled)}
          >
            {t(showSettled ? 'settled.hide' : 'settled.show', { count: settledToday.length })}
          </button>
          {showSettled && (
            <ul className="outbox-list" aria-label={t('settled.label')}>
              {settledToday.map((entry) => (
                <OutboxEntryItem key={entry.id} entry={entry} orderNumber={orderNumbers[entry.orderId]} />
              ))}
            </ul>
          )}
        </div>
      )}
      <TableDisagreements
        disagreements={disagreements}
        error={disagreementsError}
        orderNumbers={orderNumbers}
      />
      {discarding && (
        <DiscardDialog
          entryId={discarding}
          onClose={(discarded) => {
            setDiscarding(null);
            if (discarded) showToast({ kind: 'success', text: t('discarded') });
          }}
        />
      )}
    </section>
  );
}
