import { describe, expect, it } from 'vitest';
import {
  createWedgeDetector,
  isPrintable,
  type KeyStroke,
  type Verdict,
} from '../../../shared/domain/wedge-scanner.ts';
import type { ScannerSettings } from '../../../shared/ipc/settings.ts';

const SETTINGS: ScannerSettings = { maxInterKeyMs: 30, minLength: 4, terminator: 'Enter' };

/** Key events `gap` ms apart, starting at `start`; 'Enter'/'Tab'/'Shift' as named keys, else one per character. */
function strokes(keys: string[], gap: number, start = 1000): KeyStroke[] {
  return keys.map((key, i) => ({ key, time: start + i * gap }));
}

function chars(text: string): string[] {
  return [...text];
}

function feed(events: KeyStroke[], settings = SETTINGS): Verdict[] {
  const detector = createWedgeDetector(settings);
  return events.map((event) => detector.push(event));
}

describe('createWedgeDetector', () => {
  it('recognises a fast burst ended by the terminator as a scan, swallowing every key', () => {
    const verdicts = feed(strokes([...chars('PSO123'), 'Enter'], 8));
    expect(verdicts.slice(0, 6)).toEqual(Array(6).fill({ type: 'buffering' }));
    expect(verdicts[6]).toEqual({ type: 'scan', code: 'PSO123' });
  });

  it('ignores the Shift a scanner presses for capitals, in timing as well as in the code', () => {
    const events = [
      { key: 'Shift', time: 0 },
      { key: 'A', time: 5 },
      { key: 'Shift', time: 500 },
      { key: 'b', time: 10 },
      { key: 'c', time: 15 },
      { key: 'D', time: 20 },
      { key: 'Enter', time: 25 },
    ];
    const verdicts = feed(events);
    expect(verdicts[0]).toEqual({ type: 'pass' });
    expect(verdicts[2]).toEqual({ type: 'pass' });
    expect(verdicts.at(-1)).toEqual({ type: 'scan', code: 'AbcD' });
  });

  it('accepts a gap exactly at the threshold and refuses one just above it', () => {
    expect(feed(strokes([...chars('ABCD'), 'Enter'], 30)).at(-1)).toEqual({ type: 'scan', code: 'ABCD' });
    const slow = feed(strokes([...chars('ABCD'), 'Enter'], 31));
    expect(slow[1]).toEqual({ type: 'typing', keys: ['A'], current: 'buffered' });
    expect(slow.at(-1)).toEqual({ type: 'typing', keys: ['D'], current: 'pass' });
  });

  it('hands a person’s keys back, one burst at a time, so none is lost', () => {
    const verdicts = feed(strokes(chars('hello'), 150));
    expect(verdicts).toEqual([
      { type: 'buffering' },
      { type: 'typing', keys: ['h'], current: 'buffered' },
      { type: 'typing', keys: ['e'], current: 'buffered' },
      { type: 'typing', keys: ['l'], current: 'buffered' },
      { type: 'typing', keys: ['l'], current: 'buffered' },
    ]);
  });

  it('treats a fast burst shorter than minLength before Enter as typing and lets Enter through', () => {
    const verdicts = feed(strokes([...chars('123'), 'Enter'], 5));
    expect(verdicts.at(-1)).toEqual({ type: 'typing', keys: ['1', '2', '3'], current: 'pass' });
  });

  it('takes the configured terminator only', () => {
    const tab = { ...SETTINGS, terminator: 'Tab' as const };
    expect(feed(strokes([...chars('ABCD'), 'Tab'], 5), tab).at(-1)).toEqual({ type: 'scan', code: 'ABCD' });
    expect(feed(strokes([...chars('ABCD'), 'Enter'], 5), tab).at(-1)).toEqual({
      type: 'typing',
      keys: ['A', 'B', 'C', 'D'],
      current: 'pass',
    });
  });

  it('lets named keys through untouched when nothing is held back', () => {
    expect(feed(strokes(['Enter', 'Tab', 'ArrowDown', 'F5', 'Backspace'], 5))).toEqual(
      Array(5).fill({ type: 'pass' }),
    );
  });

  it('ends a burst at any other named key and hands the keys back before it', () => {
    const verdicts = feed(strokes(['a', 'b', 'Backspace'], 5));
    expect(verdicts[2]).toEqual({ type: 'typing', keys: ['a', 'b'], current: 'pass' });
  });

  it('after a slow key lets a named key through', () => {
    const verdicts = feed(strokes(['a', 'Enter'], 200));
    expect(verdicts[1]).toEqual({ type: 'typing', keys: ['a'], current: 'pass' });
  });

  it('recognises a scan that starts right after a person typed', () => {
    const detector = createWedgeDetector(SETTINGS);
    expect(detector.push({ key: 'x', time: 0 })).toEqual({ type: 'buffering' });
    const scan = strokes([...chars('PSO9'), 'Enter'], 5, 500).map((event) => detector.push(event));
    expect(scan[0]).toEqual({ type: 'typing', keys: ['x'], current: 'buffered' });
    expect(scan.at(-1)).toEqual({ type: 'scan', code: 'PSO9' });
  });

  it('keeps scanning after a scan, and spaces are part of a code', () => {
    const detector = createWedgeDetector(SETTINGS);
    const push = (events: KeyStroke[]) => events.map((event) => detector.push(event)).at(-1);
    expect(push(strokes([...chars('AB 12'), 'Enter'], 4, 0))).toEqual({ type: 'scan', code: 'AB 12' });
    expect(push(strokes([...chars('CD34'), 'Enter'], 4, 10))).toEqual({ type: 'scan', code: 'CD34' });
  });

  describe('flush', () => {
    it('hands back a stale burst once, and only after maxInterKeyMs of silence', () => {
      const detector = createWedgeDetector(SETTINGS);
      detector.push({ key: 'q', time: 100 });
      expect(detector.flush(130)).toBeNull();
      expect(detector.flush(131)).toEqual({ type: 'typing', keys: ['q'] });
      expect(detector.flush(500)).toBeNull();
    });

    it('has nothing to flush when idle or right after a scan', () => {
      const detector = createWedgeDetector(SETTINGS);
      expect(detector.flush(1_000_000)).toBeNull();
      for (const event of strokes([...chars('ABCD'), 'Enter'], 5, 0)) detector.push(event);
      expect(detector.flush(1_000_000)).toBeNull();
    });

    it('hands back a fast burst that never got its terminator (a scanner without suffix types like a person)', () => {
      const detector = createWedgeDetector(SETTINGS);
      for (const event of strokes(chars('ABCDEF'), 5, 0)) detector.push(event);
      expect(detector.flush(100)).toEqual({ type: 'typing', keys: chars('ABCDEF') });
    });
  });

  it('reset forgets held-back keys', () => {
    const detector = createWedgeDetector(SETTINGS);
    detector.push({ key: 'A', time: 0 });
    detector.push({ key: 'B', time: 5 });
    detector.reset();
    expect(detector.flush(1000)).toBeNull();
    expect(detector.push({ key: 'Enter', time: 10 })).toEqual({ type: 'pass' });
  });
});

describe('isPrintable', () => {
  it.each(['a', 'Z', '1', ' ', 'é', 'ß', '€', '😀'])('%j types a character', (key) => {
    expect(isPrintable(key)).toBe(true);
  });

  it.each(['Enter', 'Tab', 'Shift', 'Dead', 'Unidentified', 'F1', ''])('%j does not', (key) => {
    expect(isPrintable(key)).toBe(false);
  });
});
