// The station database: everything other parts of main may use.
export type { AuditInput, AuditKind, AuditRecord } from './audit-log.ts';
export { appendAudit, listAudit } from './audit-log.ts';
export type { OpenStationDbOptions, StationDb, StationDbErrorCode } from './connection.ts';
export { openStationDb, StationDbError } from './connection.ts';
export type { CachedOrder, OrderLock, OrderSummary } from './order-columns.ts';
export { clearLock, lockedOpenCount, readLock, writeLock } from './order-locks.ts';
export type { OrderPage, OrderQuery, OrderSortKey } from './order-queries.ts';
export { queryOrders } from './order-query-run.ts';
export type { PulledOrderOutcome } from './orders.ts';
export { getOrder, upsertPulledOrders } from './orders.ts';
export type { AttemptError, AttemptErrorKind, OutboxEntry, OutboxState } from './outbox-entries.ts';
export { claimStationFolder, makeDatabaseFolder, makePrivateFolder } from './private-files.ts';
export type { SqliteProblem, SqliteProblemCode } from './sqlite-problem.ts';
export { describeSqliteError } from './sqlite-problem.ts';
export { getStationId } from './station.ts';
export type { Lease, LeaseError, LeaseErrorCode } from './sync-lease.ts';
export { acquireLease, releaseLease, renewLease } from './sync-lease.ts';
