// export:packed: the UI's export of what was packed here for one source, written by main into the
// station's exports folder (private, like the database's), answered with the path and the row count.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makePrivateFolder } from '../db/private-files.ts';
import type { InvokeHandlers } from '../ipc/handlers.ts';
import { exportPacked, parseSince } from './packed-export.ts';
import type { StationContext } from './station-context.ts';

type ExportHandlers = Pick<InvokeHandlers, 'export:packed'>;

export function exportHandlers(ctx: StationContext): ExportHandlers {
  return {
    async 'export:packed'({ source, since, format }) {
      const from = parseSince(since);
      if (!from.ok) return { ok: false, error: { code: 'rejected', message: from.error } };
      const result = exportPacked(ctx.db, { source, since: from.value, format, now: ctx.now() });
      const path = join(ctx.exportsDir, result.fileName);
      try {
        makePrivateFolder(ctx.exportsDir);
        writeFileSync(path, result.text, { mode: 0o600 });
      } catch (error) {
        const why = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
        return {
          ok: false,
          error: {
            code: 'internal',
            message: `The export could not be written to ${ctx.exportsDir}${why}: free space on that disk or check the folder's permissions, then export again.`,
          },
        };
      }
      return { ok: true, value: { path, rows: result.rows } };
    },
  };
}
