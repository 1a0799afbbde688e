// The station database a command works on: --db or STATION_DB, open for the command's run only.
// A command checks the outbox for damage, not every page of the order cache (see openStationDb).
import { openStationDb, type StationDb } from '../main/db/index.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from './command.ts';
import { failureText } from './failure-text.ts';

export async function withStationDb(
  command: Command,
  ctx: CliContext,
  dbFlag: string | undefined,
  use: (db: StationDb) => Promise<number> | number,
  openedBy: 'station' | 'command' = 'command',
): Promise<number> {
  const file = dbFlag ?? ctx.env.STATION_DB;
  if (!file) return usageError(ctx, command, 'no station database: pass --db PATH or set STATION_DB.');
  let db: StationDb;
  try {
    db = openStationDb(file, { openedBy });
  } catch (error) {
    return failed(ctx, command, error, file);
  }
  try {
    return await use(db);
  } catch (error) {
    // A full disk, a lock held too long, a disk error in the middle of the command's writes.
    return failed(ctx, command, error, file);
  } finally {
    db.close();
  }
}

function failed(ctx: CliContext, command: Command, error: unknown, file: string): number {
  writeLine(ctx.stderr, `station ${command.name}: ${failureText(error, file)}`);
  return EXIT.failed;
}
