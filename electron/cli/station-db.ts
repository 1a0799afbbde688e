// The station database a command works on: --db or STATION_DB, open for the command's run only.
import { openStationDb, type StationDb } from '../main/db/index.ts';
import { type CliContext, type Command, EXIT, usageError, writeLine } from './command.ts';

export async function withStationDb(
  command: Command,
  ctx: CliContext,
  dbFlag: string | undefined,
  use: (db: StationDb) => Promise<number> | number,
): Promise<number> {
  const file = dbFlag ?? ctx.env.STATION_DB;
  if (!file) return usageError(ctx, command, 'no station database: pass --db PATH or set STATION_DB.');
  let db: StationDb;
  try {
    db = openStationDb(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    writeLine(ctx.stderr, `station ${command.name}: cannot open the station database ${file}: ${reason}`);
    return EXIT.failed;
  }
  try {
    return await use(db);
  } finally {
    db.close();
  }
}
