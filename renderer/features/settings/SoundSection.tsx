import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playCue } from '../../app/sound/sound-player.ts';
import { useSettingsStore } from '../../app/use-settings-store.ts';
import { FieldError, SettingsCard } from '../../ui/SettingsCard.tsx';

/** The slider settles this long before the volume is saved. */
const SAVE_DELAY_MS = 300;

/** Scan sounds on/off and their volume (0..1, shown as 0–100 %); saved as they change. */
export function SoundSection(props: { sound: { enabled: boolean; volume: number } }) {
  const { t } = useTranslation('settings');
  const update = useSettingsStore((state) => state.update);
  const [sound, setSound] = useState(props.sound);
  const [error, setError] = useState<string | null>(null);
  const saved = useRef(props.sound);

  useEffect(() => {
    if (sound.enabled === saved.current.enabled && sound.volume === saved.current.volume) return;
    const timer = setTimeout(async () => {
      const failure = await update({ sound });
      if (!failure) saved.current = sound;
      setError(failure?.message ?? null);
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [sound, update]);

  const percent = Math.round(sound.volume * 100);
  return (
    <SettingsCard title={t('sound.title')}>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={sound.enabled}
          onChange={(event) => setSound({ ...sound, enabled: event.target.checked })}
        />
        {t('sound.enabled')}
      </label>
      <label className="field">
        <span className="field-label">{t('sound.volume', { percent })}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={5}
          value={percent}
          disabled={!sound.enabled}
          onChange={(event) => setSound({ ...sound, volume: Number(event.target.value) / 100 })}
        />
      </label>
      <FieldError message={error} />
      <div className="settings-buttons">
        <button
          type="button"
          className="secondary"
          disabled={!sound.enabled}
          onClick={() => playCue('scan-ok', sound)}
        >
          {t('sound.test')}
        </button>
      </div>
    </SettingsCard>
  );
}
