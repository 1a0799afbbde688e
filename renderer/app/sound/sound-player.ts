// Plays the cues with the Web Audio API: no asset files, nothing to load. Without an AudioContext
// (tests, a locked-down browser) playing is a no-op.
import { CUES, type SoundCue } from './cues.ts';

export interface SoundSettings {
  enabled: boolean;
  /** 0..1. */
  volume: number;
}

/** Attack/release so tones start and stop without clicks. */
const RAMP_S = 0.008;

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Ctor = globalThis.AudioContext as typeof AudioContext | undefined;
  if (typeof Ctor !== 'function') return null;
  try {
    context = new Ctor();
  } catch {
    return null;
  }
  return context;
}

export function playCue(cue: SoundCue, settings: SoundSettings): void {
  if (!settings.enabled || settings.volume <= 0) return;
  const ctx = audioContext();
  if (!ctx) return;
  // Chromium starts a context suspended until a user gesture; a keystroke from the scanner is one.
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  const volume = Math.min(1, settings.volume);
  const now = ctx.currentTime;
  for (const tone of CUES[cue]) {
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = tone.wave;
    oscillator.frequency.value = tone.frequency;
    const start = now + tone.start;
    const end = start + tone.duration;
    const peak = tone.level * volume;
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(peak, start + RAMP_S);
    gain.gain.setValueAtTime(peak, end - RAMP_S);
    gain.gain.linearRampToValueAtTime(0, end);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(end + 0.01);
  }
}
