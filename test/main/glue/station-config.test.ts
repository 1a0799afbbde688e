import { describe, expect, it } from 'vitest';
import { readStationConfig } from '../../../electron/main/glue/station-config.ts';

describe('readStationConfig', () => {
  it('is demo mode when no API URL is configured', () => {
    expect(readStationConfig({})).toEqual({ mode: 'demo' });
    expect(readStationConfig({ STATION_API_URL: '' })).toEqual({ mode: 'demo' });
  });

  it('is live mode with an API URL and key', () => {
    expect(
      readStationConfig({ STATION_API_URL: 'https://api.equipme.example', STATION_API_KEY: 'k-1' }),
    ).toEqual({
      mode: 'live',
      apiUrl: 'https://api.equipme.example',
      apiKey: 'k-1',
    });
  });

  it('says what to fix in a broken configuration', () => {
    expect(readStationConfig({ STATION_API_URL: 'https://api.equipme.example' })).toMatch(/STATION_API_KEY/);
    expect(readStationConfig({ STATION_API_URL: 'equipme', STATION_API_KEY: 'k' })).toMatch(
      /not a valid URL/,
    );
    expect(readStationConfig({ STATION_API_URL: 'ftp://equipme.example', STATION_API_KEY: 'k' })).toMatch(
      /http\(s\)/,
    );
  });
});
