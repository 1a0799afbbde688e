// The API client's error, as stored on an outbox entry.

import type { ApiError } from '../api/index.ts';
import type { AttemptError } from '../db/index.ts';

export function attemptError(error: ApiError): AttemptError {
  return {
    kind: error.kind,
    code: error.errorCode ?? null,
    description: error.errorDescription ?? null,
    details: error.errorDetails ?? null,
    message: error.message,
  };
}
