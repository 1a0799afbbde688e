import { useSettingsStore } from '../use-settings-store.ts';
import type { SoundCue } from './cues.ts';
import { playCue, type SoundSettings } from './sound-player.ts';

/** Until the settings are loaded: on, at the station's default volume. */
const DEFAULT_SOUND: SoundSettings = { enabled: true, volume: 0.7 };

/** Plays a cue with the station's current sound settings. */
export function play(cue: SoundCue): void {
  playCue(cue, useSettingsStore.getState().settings?.sound ?? DEFAULT_SOUND);
}
