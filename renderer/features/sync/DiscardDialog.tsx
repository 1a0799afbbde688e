import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEntryView } from '../../../shared/ipc/outbox.ts';
import { Dialog, DialogFooter } from '../../ui/Dialog.tsx';
import { useOutboxStore } from './use-outbox-store.ts';

/** A discard is audited: the operator has to say why, in at least this many characters. */
export const MIN_REASON_LENGTH = 3;

const UNSETTLED = new Set(['pending', 'held', 'failed']);

/** Entries of the same order after this one: the station discards them with it. */
function laterUnsettled(entries: readonly OutboxEntryView[], target: OutboxEntryView): OutboxEntryView[] {
  return entries.filter(
    (entry) =>
      entry.orderId === target.orderId &&
      entry.id !== target.id &&
      UNSETTLED.has(entry.state) &&
      entry.createdAt > target.createdAt,
  );
}

export function DiscardDialog(props: { entryId: string; onClose: (discarded: boolean) => void }) {
  const { t } = useTranslation(['sync', 'common']);
  const discard = useOutboxStore((state) => state.discard);
  const entries = useOutboxStore((state) => state.entries);
  const target = entries.find((entry) => entry.id === props.entryId);
  const followers = target ? laterUnsettled(entries, target).length : 0;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hintId = useId();
  const valid = reason.trim().length >= MIN_REASON_LENGTH;

  async function confirm(event: React.FormEvent) {
    event.preventDefault();
    if (!valid || busy) return;
    setBusy(true);
    const failure = await discard(props.entryId, reason.trim());
    setBusy(false);
    if (failure) setError(failure.message);
    else props.onClose(true);
  }

  return (
    <Dialog title={t('discardDialog.title')} tone="danger" onClose={() => props.onClose(false)}>
      <form className="discard-form" onSubmit={(event) => void confirm(event)}>
        <p>{t('discardDialog.explain')}</p>
        {followers > 0 && (
          <p className="discard-followers">{t('discardDialog.followers', { count: followers })}</p>
        )}
        <label className="field">
          <span className="field-label">{t('discardDialog.reason')}</span>
          <textarea
            data-autofocus
            rows={3}
            value={reason}
            aria-describedby={hintId}
            onChange={(event) => setReason(event.target.value)}
          />
        </label>
        <p id={hintId} className="field-hint">
          {t('discardDialog.hint', { count: MIN_REASON_LENGTH })}
        </p>
        <DialogFooter
          error={error}
          onCancel={() => props.onClose(false)}
          submitLabel={t('discardDialog.confirm')}
          submitDisabled={!valid || busy}
          tone="danger"
        />
      </form>
    </Dialog>
  );
}
