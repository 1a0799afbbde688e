// Equipme failures in the CLI's own words: the address it used, and the flag or environment variable
// that fixes it. The app says "Settings" for the same problems; a terminal has flags.
import type { StationAlert } from '../../shared/domain/sync-status.ts';
import { KEY_REJECTED_MESSAGE } from '../main/api/api-error.ts';
import type { ApiError } from '../main/api/index.ts';
import type { ApiConfig } from './config.ts';

/** Shorter than this a key could be part of any URL (a port, a path): replacing it would garble it. */
const MIN_SCRUBBED_KEY = 6;

/** The API address as the operator gave it, without a key pasted into it. */
export function shownUrl(config: ApiConfig): string {
  const href = new URL(config.baseUrl).href;
  const key = config.apiKey;
  const scrubbed =
    key.length < MIN_SCRUBBED_KEY
      ? href
      : [key, encodeURIComponent(key)].reduce((text, form) => text.split(form).join('[api key]'), href);
  return scrubbed.length > 200 ? `${scrubbed.slice(0, 200)}…` : scrubbed;
}

export function keyRejectedText(config: ApiConfig): string {
  return `Equipme at ${shownUrl(config)} rejected the API key: pass the right one with --api-key or set STATION_API_KEY`;
}

/** What a command prints for a failed Equipme call. */
export function apiProblemText(error: ApiError, config: ApiConfig): string {
  switch (error.kind) {
    case 'unauthorized':
      return keyRejectedText(config);
    case 'offline':
      return (
        `could not connect to ${shownUrl(config)}${error.reason ? ` (${error.reason})` : ''}. ` +
        'Is the address right? Pass it with --api-url or set STATION_API_URL, and check that the API runs there.'
      );
    default:
      return error.message;
  }
}

/** A station alert as `station sync` prints it. */
export function alertText(alert: StationAlert, config: ApiConfig): string {
  return alert.code === 'api-key-rejected' ? keyRejectedText(config) : alert.message;
}

/** The sync engine's last problem (its words are the app's) as `station sync` prints it. */
export function problemText(problem: string, config: ApiConfig): string {
  return isKeyRejected(problem) ? keyRejectedText(config) : problem;
}

export function isKeyRejected(problem: string | null): boolean {
  return problem === KEY_REJECTED_MESSAGE;
}
