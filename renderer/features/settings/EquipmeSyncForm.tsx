import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EQUIPME_POLL_INTERVAL_SECONDS, type EquipmeSourceSettings } from '../../../shared/ipc/sources.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { PollIntervalField, pollSeconds } from '../../ui/PollIntervalField.tsx';
import { FieldError } from '../../ui/SettingsCard.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

/**
 * Equipme on or off and how often it is pulled, under its URL and key (Settings → Equipme connection).
 * Main holds the rules (the supervisor PIN, the bounds) and applies a change to the running sync at
 * once; this form only catches a poll interval that is plainly out of bounds.
 */
export function EquipmeSyncForm(props: { equipme: EquipmeSourceSettings }) {
  const { equipme } = props;
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [enabled, setEnabled] = useState(equipme.enabled);
  const [poll, setPoll] = useState(String(equipme.pollIntervalSeconds));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const seconds = pollSeconds(poll, EQUIPME_POLL_INTERVAL_SECONDS);
    if (seconds === null) return setError(t('equipmeSync.badPoll', EQUIPME_POLL_INTERVAL_SECONDS));
    const change = { equipme: { enabled, pollIntervalSeconds: seconds } };
    const answer = await supervisor.guard(t('equipmeSync.pinReason'), async (pin) => {
      setBusy(true);
      const failure = await update(pin === undefined ? change : { ...change, pin });
      setBusy(false);
      return failure;
    });
    if (answer === 'cancelled') return;
    setError(answer?.message ?? null);
    if (answer === null) showToast({ kind: 'success', text: t('equipmeSync.saved') });
  }

  return (
    <>
      <form
        className="source-form equipme-sync"
        noValidate
        aria-labelledby="equipme-sync-title"
        onSubmit={(event) => void save(event)}
      >
        <h3 id="equipme-sync-title">{t('equipmeSync.title')}</h3>
        <p className="settings-current">
          {equipme.enabled
            ? t('equipmeSync.on', { seconds: equipme.pollIntervalSeconds })
            : t('equipmeSync.off')}
        </p>
        <label className="checkbox">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t('equipmeSync.enabled')}
        </label>
        <p className="field-hint">{t('equipmeSync.offHint')}</p>
        <PollIntervalField
          label={t('equipmeSync.poll')}
          bounds={EQUIPME_POLL_INTERVAL_SECONDS}
          value={poll}
          onChange={setPoll}
        />
        <FieldError message={error} />
        <div className="settings-buttons">
          <button type="submit" disabled={busy}>
            {t('equipmeSync.save')}
          </button>
        </div>
      </form>
      {/* Outside the form: the PIN prompt is a form of its own. */}
      {supervisor.prompt}
    </>
  );
}
