// The station's sounds as data: each cue is a few tones, distinct enough to tell apart without
// looking. Errors are low square waves (a buzz), successes short rising sine tones.

export type SoundCue = 'scan-ok' | 'line-complete' | 'order-complete' | 'wrong-item' | 'over-scan';

export interface Tone {
  /** Hz. */
  frequency: number;
  /** Seconds after the cue starts. */
  start: number;
  /** Seconds. */
  duration: number;
  wave: OscillatorType;
  /** Relative loudness 0..1 before the volume setting (square waves sound louder than sines). */
  level: number;
}

export const CUES: Readonly<Record<SoundCue, readonly Tone[]>> = {
  'scan-ok': [{ frequency: 1760, start: 0, duration: 0.07, wave: 'sine', level: 0.8 }],
  'line-complete': [
    { frequency: 880, start: 0, duration: 0.1, wave: 'sine', level: 0.8 },
    { frequency: 1320, start: 0.11, duration: 0.14, wave: 'sine', level: 0.8 },
  ],
  'order-complete': [
    { frequency: 784, start: 0, duration: 0.1, wave: 'triangle', level: 0.9 },
    { frequency: 988, start: 0.1, duration: 0.1, wave: 'triangle', level: 0.9 },
    { frequency: 1175, start: 0.2, duration: 0.1, wave: 'triangle', level: 0.9 },
    { frequency: 1568, start: 0.3, duration: 0.25, wave: 'triangle', level: 0.9 },
  ],
  'wrong-item': [{ frequency: 140, start: 0, duration: 0.4, wave: 'square', level: 0.5 }],
  'over-scan': [
    { frequency: 180, start: 0, duration: 0.16, wave: 'square', level: 0.5 },
    { frequency: 180, start: 0.24, duration: 0.16, wave: 'square', level: 0.5 },
  ],
};
