// The station PC: kiosk, full screen or a window; start at login; which display. A supervisor's
// choice (main asks for the PIN); the desktop app applies it at once. The display list comes from
// main; browser mode has none, and says so.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayInfo, StationPcSettings, WindowMode } from '../../../shared/ipc/station-pc.ts';
import { invoke } from '../../api/station.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { useToastStore } from '../../app/use-toast-store.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';
import { useSupervisorPin } from './PinPrompt.tsx';

const MODES: readonly WindowMode[] = ['kiosk', 'fullscreen', 'window'];
const PRIMARY = 'primary';

export function StationPcSection(props: { stationPc: StationPcSettings }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const showToast = useToastStore((state) => state.show);
  const supervisor = useSupervisorPin();
  const [draft, setDraft] = useState<StationPcSettings>(props.stationPc);
  // undefined while loading; null: browser mode, no displays to choose from.
  const [displays, setDisplays] = useState<DisplayInfo[] | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void invoke('station:displays').then((response) => {
      if (current) setDisplays(response.ok ? response.value : []);
    });
    return () => {
      current = false;
    };
  }, []);

  async function save() {
    const answer = await supervisor.guard(t('stationPc.pinReason'), (pin) =>
      update(pin === undefined ? { stationPc: draft } : { stationPc: draft, pin }),
    );
    if (answer === 'cancelled') return;
    setError(answer?.message ?? null);
    if (!answer) showToast({ kind: 'success', text: t('stationPc.saved') });
  }

  const chosenGone =
    draft.displayId !== null && displays != null && !displays.some((d) => d.id === draft.displayId);
  return (
    <SettingsCard title={t('stationPc.title')}>
      {displays === null && <p className="field-hint">{t('stationPc.browserMode')}</p>}
      <fieldset className="checkbox-list">
        <legend className="field-label">{t('stationPc.windowTitle')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="station-pc-window"
              value={mode}
              checked={draft.windowMode === mode}
              onChange={() => setDraft({ ...draft, windowMode: mode })}
            />
            {t(`stationPc.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.startAtLogin}
          onChange={(event) => setDraft({ ...draft, startAtLogin: event.target.checked })}
        />
        {t('stationPc.startAtLogin')}
      </label>
      <label className="field">
        <span className="field-label">{t('stationPc.display')}</span>
        <select
          value={draft.displayId === null ? PRIMARY : String(draft.displayId)}
          disabled={!displays}
          onChange={(event) =>
            setDraft({
              ...draft,
              displayId: event.target.value === PRIMARY ? null : Number(event.target.value),
            })
          }
        >
          <option value={PRIMARY}>{t('stationPc.primary')}</option>
          {(displays ?? []).map((display) => (
            <option key={display.id} value={String(display.id)}>
              {t('stationPc.displayName', {
                name: display.label || t('stationPc.unnamed', { id: display.id }),
                width: display.bounds.width,
                height: display.bounds.height,
              })}
              {display.primary ? ` · ${t('stationPc.isPrimary')}` : ''}
            </option>
          ))}
          {chosenGone && draft.displayId !== null && (
            <option value={String(draft.displayId)}>{t('stationPc.gone', { id: draft.displayId })}</option>
          )}
        </select>
      </label>
      {displays === null && <p className="settings-current">{t('stationPc.noDisplays')}</p>}
      {chosenGone && <p className="settings-current">{t('stationPc.goneHint')}</p>}
      <FieldError message={error} />
      <div className="settings-buttons">
        <button type="button" onClick={() => void save()}>
          {t('stationPc.save')}
        </button>
      </div>
      {supervisor.prompt}
    </SettingsCard>
  );
}
