// When the WAL is copied into the database file. SQLite's automatic checkpoint runs inside the
// commit that fills the log to 1,000 pages: a press writes 14 pages against a bare insert's 2, so
// presses paid 7 in 8 checkpoints, and more than 1 press in 100 carried one (the p99 of a press).
// A station copies the log between writes instead; the automatic checkpoint stays as a backstop.
import type Database from 'better-sqlite3';

/** Pages the log may hold before a commit copies it itself (about 40 MB): only a long run of
 * writes without a pause reaches it, such as the first pull of a large cache. */
export const WAL_BACKSTOP_PAGES = 10_000;
/** How often a connection that wrote something copies the log into the database. */
export const IDLE_CHECKPOINT_MS = 1_000;

/**
 * Moves the connection's checkpoints out of its commits: a timer, when the event loop is free of
 * other work, copies what was committed since its last turn (PASSIVE: it waits for no reader or
 * writer). A connection whose checkpoints are turned off (`wal_autocheckpoint = 0`) gets none. The
 * timer keeps no process alive and stops once the connection is closed.
 */
export function checkpointWhenIdle(db: Database.Database): void {
  db.pragma(`wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`);
  const changes = db.prepare('SELECT total_changes()').pluck();
  let copied = changes.get() as number;
  const timer = setInterval(() => {
    if (!db.open) {
      clearInterval(timer);
      return;
    }
    // Inside a transaction (an awaited step of a longer write) there is nothing committed to copy.
    if (db.inTransaction || db.pragma('wal_autocheckpoint', { simple: true }) === 0) return;
    const now = changes.get() as number;
    if (now === copied) return;
    copied = now;
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // The log stays as it is (a full disk, a disk error): the next turn or the backstop copies
      // it, and the next write reports the disk's problem to whoever made it.
    }
  }, IDLE_CHECKPOINT_MS);
  timer.unref();
}
