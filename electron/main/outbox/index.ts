// The outbox of pending status transitions: enqueue for the UI, state changes for the sync engine.
export type { AttemptError, AttemptErrorKind, OutboxEntry, OutboxState } from '../db/outbox-entries.ts';
export {
  claimSendable,
  effectiveStatus,
  listOutbox,
  makePendingDue,
  nextSendable,
  outboxCounts,
  pendingCountFor,
} from '../db/outbox-entries.ts';
export type { TransitionRequest } from './enqueue.ts';
export { enqueueTransition, enqueueTransitions } from './enqueue.ts';
export { discardEntry, retryEntry } from './operator-actions.ts';
export type { OutboxError, OutboxErrorCode } from './outbox-error.ts';
export {
  entriesLeftSending,
  markApplied,
  markFailed,
  markSending,
  releaseUnsent,
  scheduleRetry,
} from './sending.ts';
