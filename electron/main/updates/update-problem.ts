// A failed check or download in words the station shows: what happened and that it tries again.

export function updateProblem(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const status =
    typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  if (code === 'ERR_CHECKSUM_MISMATCH' || code === 'ERR_CHECKSUM_MISMATCH_BLOCKMAP') {
    return 'The downloaded update was damaged (its checksum does not match the update server). It was thrown away; the station downloads it again later.';
  }
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'ECONNRESET') {
    return `The update server cannot be reached (${code}). The station tries again later; packing goes on.`;
  }
  if (typeof status === 'number') {
    return `The update server answered HTTP ${status}. The station tries again later; packing goes on.`;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `Looking for an update failed: ${message}. The station tries again later; packing goes on.`;
}
