import { afterEach, describe, expect, it, vi } from 'vitest';
import { CUES } from '../../../renderer/app/sound/cues.ts';
import { playCue } from '../../../renderer/app/sound/sound-player.ts';

/** Records what the player schedules instead of making sound. */
class FakeAudioContext {
  static created: FakeAudioContext[] = [];
  state = 'running';
  currentTime = 10;
  destination = {};
  oscillators: { type: string; frequency: number; start: number; stop: number }[] = [];
  peaks: number[] = [];
  constructor() {
    FakeAudioContext.created.push(this);
  }
  createOscillator() {
    const record = { type: '', frequency: 0, start: 0, stop: 0 };
    this.oscillators.push(record);
    return {
      set type(value: string) {
        record.type = value;
      },
      frequency: {
        set value(hz: number) {
          record.frequency = hz;
        },
      },
      connect: (node: unknown) => node,
      start: (at: number) => {
        record.start = at;
      },
      stop: (at: number) => {
        record.stop = at;
      },
    };
  }
  createGain() {
    const peaks = this.peaks;
    return {
      gain: {
        setValueAtTime: () => undefined,
        linearRampToValueAtTime: (value: number) => {
          if (value > 0) peaks.push(value);
        },
      },
      connect: (node: unknown) => node,
    };
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('sound player', () => {
  it('is silent and harmless without an AudioContext', () => {
    vi.stubGlobal('AudioContext', undefined);
    expect(() => playCue('wrong-item', { enabled: true, volume: 1 })).not.toThrow();
  });

  it('plays each cue as its tones, at the volume setting, and nothing when sound is off', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    playCue('over-scan', { enabled: false, volume: 1 });
    playCue('wrong-item', { enabled: true, volume: 0 });
    expect(FakeAudioContext.created).toHaveLength(0);

    playCue('wrong-item', { enabled: true, volume: 0.5 });
    const context = FakeAudioContext.created[0] as FakeAudioContext;
    expect(context.oscillators).toEqual([
      { type: 'square', frequency: 140, start: 10, stop: expect.closeTo(10.41) },
    ]);
    expect(context.peaks).toEqual([0.25]);

    playCue('order-complete', { enabled: true, volume: 1 });
    const arpeggio = context.oscillators.slice(1).map((tone) => tone.frequency);
    expect(arpeggio).toEqual(CUES['order-complete'].map((tone) => tone.frequency));
    expect(arpeggio).toEqual([...arpeggio].sort((a, b) => a - b));
  });

  it('keeps the cues apart: successes rise, errors buzz low', () => {
    expect(CUES['line-complete'].map((tone) => tone.frequency)).toEqual([880, 1320]);
    expect(CUES['over-scan']).toHaveLength(2);
    for (const cue of ['wrong-item', 'over-scan'] as const) {
      for (const tone of CUES[cue]) {
        expect(tone.wave).toBe('square');
        expect(tone.frequency).toBeLessThan(300);
      }
    }
  });
});
