// Dates and times read the way the UI language's country writes them, with nothing two ways to read.
import { describe, expect, it } from 'vitest';
import { dateLocale, formatDateTime, formatTime } from '../../../renderer/i18n/format.ts';

// A local time, so the expectations hold in any time zone the tests run in.
const NOV_16 = new Date(2026, 10, 16, 10, 10, 5).toISOString();
const MAR_4_EVENING = new Date(2026, 2, 4, 21, 5).toISOString();

describe('formatDateTime', () => {
  it('writes the date as each language’s country does, with a 24-hour clock', () => {
    expect(formatDateTime(NOV_16, 'en')).toBe('16 Nov 2026, 10:10');
    expect(formatDateTime(NOV_16, 'nl')).toBe('16 nov 2026, 10:10');
    expect(formatDateTime(NOV_16, 'de')).toBe('16.11.2026, 10:10');
    expect(formatDateTime(MAR_4_EVENING, 'en')).toBe('4 Mar 2026, 21:05');
    expect(formatDateTime(MAR_4_EVENING, 'de')).toBe('04.03.2026, 21:05');
  });

  it('never writes a two-digit year or a bare month number in English', () => {
    expect(formatDateTime(NOV_16, 'en')).not.toMatch(/\d+\/\d+\/\d{2}\b|AM|PM/);
  });

  it('gives back text it cannot read as it came, never "Invalid Date"', () => {
    expect(formatDateTime('not a date <b>', 'en')).toBe('not a date <b>');
    expect(formatTime('', 'de')).toBe('');
  });
});

describe('formatTime', () => {
  it('is the clock time to the second in the language’s way', () => {
    expect(formatTime(MAR_4_EVENING, 'en')).toBe('21:05:00');
    expect(formatTime(MAR_4_EVENING, 'nl')).toBe('21:05:00');
    expect(formatTime(MAR_4_EVENING, 'de')).toBe('21:05:00');
  });
});

describe('dateLocale', () => {
  it('maps each UI language to its country and passes other tags through', () => {
    expect(['en', 'nl', 'de'].map(dateLocale)).toEqual(['en-GB', 'nl-NL', 'de-DE']);
    expect(dateLocale('fr-BE')).toBe('fr-BE');
  });
});
