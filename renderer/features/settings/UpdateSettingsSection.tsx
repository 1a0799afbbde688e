// Settings → Updates: which feed the station updates from and the quiet hour an update that is
// ready installs by itself; both a supervisor's choice (main asks for the PIN). Also where the
// updater stands, so a failed download is seen here rather than in the way of packing.
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateChannel, UpdateView } from '../../../shared/ipc/updates.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { useUpdateStore } from '../../app/use-update-store.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const NO_HOUR = 'none';

export function UpdateSettingsSection(props: { channel: UpdateChannel; quietHour: number | null }) {
  const { t, i18n } = useTranslation('updates');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const view = useUpdateStore((state) => state.view);
  const supervisor = useSupervisorPin();
  const [channel, setChannel] = useState<UpdateChannel>(props.channel);
  const [quietHour, setQuietHour] = useState<number | null>(props.quietHour);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const change = { updateChannel: channel, updateQuietHour: quietHour };
    const answer = await supervisor.guard(t('settings.pinReason'), (pin) =>
      update(pin === undefined ? change : { ...change, pin }),
    );
    if (answer === 'cancelled') return;
    setError(answer?.message ?? null);
    if (!answer) showToast({ kind: 'success', text: t('settings.saved') });
  }

  return (
    <SettingsCard title={t('settings.title')}>
      {view && <p className="settings-current">{stateText(view, t, i18n.language)}</p>}
      <fieldset className="checkbox-list">
        <legend>{t('settings.channel')}</legend>
        {(['stable', 'beta'] as const).map((choice) => (
          <label key={choice} className="checkbox">
            <input
              type="radio"
              name="update-channel"
              checked={channel === choice}
              onChange={() => setChannel(choice)}
            />
            {t(`settings.channels.${choice}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('settings.quietHour')}</span>
        <select
          value={quietHour === null ? NO_HOUR : String(quietHour)}
          onChange={(event) =>
            setQuietHour(event.target.value === NO_HOUR ? null : Number(event.target.value))
          }
        >
          <option value={NO_HOUR}>{t('settings.noQuietHour')}</option>
          {HOURS.map((hour) => (
            <option key={hour} value={String(hour)}>
              {`${String(hour).padStart(2, '0')}:00–${String(hour).padStart(2, '0')}:59`}
            </option>
          ))}
        </select>
      </label>
      <p className="field-hint">{t('settings.hint')}</p>
      <FieldError message={error} />
      <div className="settings-buttons">
        <button type="button" onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </div>
      {supervisor.prompt}
    </SettingsCard>
  );
}

function stateText(view: UpdateView, t: TFunction<'updates'>, language: string): string {
  const version = view.version ?? '';
  switch (view.phase) {
    case 'off':
      return t('state.off', { current: view.currentVersion });
    case 'idle':
      return t('state.idle', { current: view.currentVersion });
    case 'checking':
      return t('state.checking');
    case 'downloading':
      return t('state.downloading', { version });
    case 'ready':
      return t('state.ready', { version });
    case 'installing':
      return t('state.installing', { version });
    case 'failed':
      return t('state.failed', {
        problem: view.problem ?? '',
        time: view.retryAt ? formatDateTime(view.retryAt, language) : '',
      });
  }
}
