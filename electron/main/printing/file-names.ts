// The file printer's name of a document: `<jobId>-<orderId>-<kind>` for an Equipme order, and for a
// shop order `<jobId>-<shop>-<the shop's own id>-<kind>` (its station key is negative and means
// nothing outside this station). The shop's id is the shop's text, so it is made safe for a file
// name on Windows and Linux: only ASCII letters, digits, `.`, `_` and `-` stay (no path separator,
// no reserved or control character, no drive colon), no leading or trailing dot, at most 64
// characters. The job id in front keeps every name unique however the id was cut.
import type { JobRef } from './driver.ts';

const MAX_ID_CHARS = 64;

/** A shop's order id as one safe piece of a file name; never empty, never `.` or `..`. */
export function fileNamePart(id: string): string {
  const safe = id
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
    .slice(0, MAX_ID_CHARS)
    .replace(/[._]+$/, '');
  return safe === '' ? 'order' : safe;
}

/** The document's file name without page suffix and extension. */
export function documentFileBase(job: JobRef): string {
  const order = job.shopOrder
    ? `${job.shopOrder.source}-${fileNamePart(job.shopOrder.id)}`
    : String(job.orderId);
  return `${job.id}-${order}-${job.kind}`;
}
