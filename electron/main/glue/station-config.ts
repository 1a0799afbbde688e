// Which Equipme the station talks to. No API URL configured means demo mode: the embedded simulator.
// Same variables as the `station` CLI.

export type StationConfig = { mode: 'demo' } | { mode: 'live'; apiUrl: string; apiKey: string };

/** The configuration, or a message saying what to fix in it. */
export function readStationConfig(env: NodeJS.ProcessEnv): StationConfig | string {
  const apiUrl = env.STATION_API_URL;
  if (!apiUrl) return { mode: 'demo' };
  const apiKey = env.STATION_API_KEY;
  if (!apiKey)
    return 'STATION_API_URL is set but STATION_API_KEY is not: set both, or neither for demo mode.';
  let protocol: string;
  try {
    protocol = new URL(apiUrl).protocol;
  } catch {
    return `STATION_API_URL is not a valid URL: ${apiUrl}`;
  }
  if (protocol !== 'http:' && protocol !== 'https:') return `STATION_API_URL must be http(s): ${apiUrl}`;
  return { mode: 'live', apiUrl, apiKey };
}
