// Shared steps for the outbox tests.
import type { StationDb } from '../../../electron/main/db/index.ts';
import type { AttemptError, TransitionRequest } from '../../../electron/main/outbox/index.ts';
import { enqueueTransition } from '../../../electron/main/outbox/index.ts';

export const NOW = new Date('2025-03-01T08:00:00.000Z');

export const REJECTED: AttemptError = {
  kind: 'rejected',
  code: 'InvalidTransition',
  description: 'The order is not in process.',
  message: 'Equipme refused this step.',
};

export const TIMEOUT: AttemptError = {
  kind: 'timeout',
  code: null,
  description: null,
  message: 'No answer within 30 s.',
};

/** The value of a result the test expects to succeed. */
export function value<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function enqueue(
  db: StationDb,
  orderId: number,
  action: TransitionRequest['action'],
  extra: Partial<TransitionRequest> = {},
) {
  return value(
    enqueueTransition(db, { orderId, action, operator: 'ana', stationId: 'station-1', now: NOW, ...extra }),
  );
}
