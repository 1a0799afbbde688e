// What the engine's own traffic says about the network. Every answer from the server, even an
// error, proves the link works; only failures to reach it or to hear back mean offline.
import type { Connectivity } from '../../../shared/domain/sync-status.ts';
import type { ApiErrorKind } from '../api/index.ts';

export function connectivityAfter(outcome: ApiErrorKind | 'ok', current: Connectivity): Connectivity {
  switch (outcome) {
    case 'ok':
    case 'bad-request':
    case 'not-found':
    case 'conflict':
    case 'unauthorized':
    case 'forbidden':
      return 'online';
    case 'offline':
    case 'connection-lost':
    case 'timeout':
      return 'offline';
    case 'server':
    case 'rate-limited':
    case 'invalid-response':
      return 'degraded';
    case 'aborted':
      return current;
  }
}
