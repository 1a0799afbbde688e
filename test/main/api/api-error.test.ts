import { describe, expect, it } from 'vitest';
import { errorFromStatus, type RequestContext, withoutSecret } from '../../../electron/main/api/api-error.ts';
import { errorFromFetchFailure } from '../../../electron/main/api/network-error.ts';
import { parseRetryAfter } from '../../../electron/main/api/retry-after.ts';

const GET: RequestContext = { method: 'GET', subject: 'the order list' };
const POST: RequestContext = { method: 'POST', subject: 'order 5' };

function fetchFailure(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it('reads delay-seconds', () => expect(parseRetryAfter('7', now)).toBe(7000));
  it('reads an HTTP-date relative to now', () => {
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:05 GMT', now)).toBe(5000);
  });
  it('treats a past date as no wait', () =>
    expect(parseRetryAfter('Sun, 01 Jun 2025 11:00:00 GMT', now)).toBe(0));
  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
  });
});

describe('errorFromFetchFailure', () => {
  it.each([
    ['ECONNREFUSED', 'offline', 'not-sent'],
    ['ENOTFOUND', 'offline', 'not-sent'],
    ['EAI_AGAIN', 'offline', 'not-sent'],
    ['ENETUNREACH', 'offline', 'not-sent'],
    ['EHOSTUNREACH', 'offline', 'not-sent'],
    ['ECONNRESET', 'connection-lost', 'unknown'],
    ['ETIMEDOUT', 'connection-lost', 'unknown'],
    ['UND_ERR_SOCKET', 'connection-lost', 'unknown'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout', 'unknown'],
  ])('%s → %s', (code, kind, delivery) => {
    const error = errorFromFetchFailure(POST, fetchFailure(Object.assign(new Error(code), { code })), 1000);
    expect([error.kind, error.delivery, error.retryable]).toEqual([kind, delivery, true]);
  });

  it('finds the code inside an AggregateError from a multi-address connect', () => {
    const cause = new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]);
    expect(errorFromFetchFailure(GET, fetchFailure(cause), 1000).kind).toBe('offline');
  });

  it("treats 'other side closed' without a code as a lost connection", () => {
    const error = errorFromFetchFailure(POST, fetchFailure(new Error('other side closed')), 1000);
    expect(error.kind).toBe('connection-lost');
  });

  it('treats an unrecognised failure as outcome unknown', () => {
    const error = errorFromFetchFailure(POST, new Error('weird'), 1000);
    expect([error.kind, error.delivery]).toEqual(['connection-lost', 'unknown']);
  });
});

describe('errorFromStatus', () => {
  it.each([
    [400, 'bad-request', false, 'answered'],
    [401, 'unauthorized', false, 'answered'],
    [403, 'forbidden', false, 'answered'],
    [404, 'not-found', false, 'answered'],
    [409, 'conflict', false, 'answered'],
    [422, 'bad-request', false, 'answered'],
    [429, 'rate-limited', true, 'answered'],
    [500, 'server', true, 'unknown'],
    [503, 'server', true, 'unknown'],
  ])('%i → %s', (status, kind, retryable, delivery) => {
    const error = errorFromStatus(POST, status, {}, undefined);
    expect(error).toMatchObject({ kind, retryable, delivery, status });
  });

  it("carries the server's explanation into the fields and the message", () => {
    const error = errorFromStatus(
      POST,
      409,
      { errorCode: 'E_STATE', errorDescription: 'Order is processed' },
      undefined,
    );
    expect(error.errorCode).toBe('E_STATE');
    expect(error.errorDescription).toBe('Order is processed');
    expect(error.message).toContain('Order is processed');
    expect(error.message).toContain('order 5');
  });

  it('tells the operator what to do about a rejected key', () => {
    expect(errorFromStatus(GET, 401, {}, undefined).message).toBe(
      "The Equipme API rejected the station's API key. Ask a supervisor to enter a valid key in Settings.",
    );
  });
});

describe('withoutSecret', () => {
  it('scrubs the key from every text field', () => {
    const error = errorFromStatus(
      GET,
      401,
      { errorCode: 'k-123', errorDescription: 'bad key k-123' },
      undefined,
    );
    const clean = withoutSecret({ ...error, issues: ['x: k-123'] }, 'k-123');
    expect(JSON.stringify(clean)).not.toContain('k-123');
    expect(clean.errorDescription).toBe('bad key [api key]');
  });

  it('scrubs a short key only where it stands alone, so the message stays readable', () => {
    const error = errorFromStatus(GET, 401, { errorDescription: 'key 1 of 12 orders: 1' }, undefined);
    const clean = withoutSecret(error, '1');
    expect(clean.errorDescription).toBe('key [api key] of 12 orders: [api key]');
    expect(clean.message).toBe(error.message);
  });

  it('scrubs a short key made of pattern characters as plain text', () => {
    const error = errorFromStatus(GET, 401, { errorDescription: 'got a+b.c (a+b.c) aXb.c' }, undefined);
    expect(withoutSecret(error, 'a+b.c').errorDescription).toBe('got [api key] ([api key]) aXb.c');
    const dashed = errorFromStatus(GET, 401, { errorDescription: 'k-1 and [k-1]' }, undefined);
    expect(withoutSecret(dashed, 'k-1').errorDescription).toBe('[api key] and [[api key]]');
  });

  it('scrubs a key of any printable characters without taking it for a pattern', () => {
    const key = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const error = errorFromStatus(GET, 401, { errorDescription: `echo ${key} end` }, undefined);
    expect(withoutSecret(error, key).errorDescription).toBe('echo [api key] end');
  });

  it('scrubs a long key even inside other text', () => {
    const error = errorFromStatus(GET, 401, { errorDescription: 'token=abcdEFGH1234xyz' }, undefined);
    expect(withoutSecret(error, 'abcdEFGH1234').errorDescription).toBe('token=[api key]xyz');
  });
});
