// What a route answers, before it reaches the socket. Routes stay plain functions of the request;
// the server decides about faults, links and bytes.
import type { ErrorResponse } from '../../../shared/api/equipme.ts';
import type { Result } from '../../../shared/domain/result.ts';
import { err, ok } from '../../../shared/domain/result.ts';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A change to the order book was made: the request is a candidate for dropAfterApply. */
  applied?: boolean;
}

export function json(status: number, body: unknown): Reply {
  return { status, body };
}

export function problem(status: number, errorCode: string, errorDescription: string): Reply {
  const body: ErrorResponse = { errorCode, errorDescription };
  return { status, body };
}

export function applied(): Reply {
  return { status: 204, applied: true };
}

/** An empty body reads as `undefined`; anything unparsable is a 400. */
export function parseJsonBody(text: string): Result<unknown, Reply> {
  if (text.trim() === '') return ok(undefined);
  try {
    return ok(JSON.parse(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(problem(400, 'InvalidRequestBody', `The request body is not valid JSON: ${reason}`));
  }
}

/** Path ids are int64 in the spec; anything but an integer is a 400 naming the parameter. */
export function parseId(text: string, name: string): Result<number, Reply> {
  const id = /^-?\d{1,16}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(id)) return ok(id);
  return err(
    problem(400, 'InvalidPathParameter', `Path parameter '${name}' must be an integer, got '${text}'.`),
  );
}
