// Every failure of an API call (Equipme's or another source's) as one typed value: what went wrong,
// whether a retry makes sense, whether the server may have acted on the request, and a message an
// operator can act on.

export type ApiErrorKind =
  | 'offline' // could not connect: the request never reached the server
  | 'connection-lost' // sent, then dropped: outcome unknown
  | 'timeout'
  | 'aborted'
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'server' // 5xx
  | 'invalid-response'; // unexpected status or body: 3xx, 2xx with the wrong content (captive-portal HTML)

/** Could the server have acted on the request? */
export type Delivery = 'not-sent' | 'unknown' | 'answered';

export interface ApiError {
  kind: ApiErrorKind;
  status?: number;
  errorCode?: string | null;
  errorDescription?: string | null;
  /** ErrorResponse.data as one short plain line (what exactly the server found wrong). */
  errorDetails?: string | null;
  retryable: boolean;
  /** From Retry-After (seconds or HTTP-date). */
  retryAfterMs?: number;
  delivery: Delivery;
  /** Operator-facing: what happened and what to do. */
  message: string;
  /** Field paths and problems, for invalid responses and requests refused before sending. */
  issues?: string[];
  /** For a network failure: what the connection did, in a few words ('connection refused'). */
  reason?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** What a request was about, so messages can name it: 'order 100234', 'the order list'. */
export interface RequestContext {
  method: HttpMethod;
  subject: string;
  /** Which API the request went to, as the messages name it; Equipme when not given. */
  api?: ApiVoice;
}

/** How the messages name another source's API and the credential it refuses. */
export interface ApiVoice {
  /** 'Emporix': read as "The Emporix API …". */
  name: string;
  /** The 401 message: which credential was refused and who can fix it. */
  credentialRejected: string;
}

const nameOf = (ctx: RequestContext): string => ctx.api?.name ?? 'Equipme';

/** The server's own explanation, from an ErrorResponse body. */
export interface ServerExplanation {
  errorCode?: string | null;
  errorDescription?: string | null;
  errorDetails?: string | null;
}

/** The 401 message (the app's words; the CLI recognises it to name its own flags instead). */
export const KEY_REJECTED_MESSAGE =
  "The Equipme API rejected the station's API key. Ask a supervisor to enter a valid key in Settings.";

const outcomeUnknown = (ctx: RequestContext): string =>
  `It is not known whether ${nameOf(ctx)} applied the change: check the order before repeating it.`;
const DEFAULT_DELIVERY: Record<ApiErrorKind, Delivery> = {
  offline: 'not-sent',
  'connection-lost': 'unknown',
  timeout: 'unknown',
  aborted: 'unknown',
  'bad-request': 'answered',
  unauthorized: 'answered',
  forbidden: 'answered',
  'not-found': 'answered',
  conflict: 'answered',
  'rate-limited': 'answered',
  server: 'unknown',
  'invalid-response': 'unknown',
};
const ALWAYS_RETRYABLE: ReadonlySet<ApiErrorKind> = new Set([
  'offline',
  'connection-lost',
  'timeout',
  'server',
  'rate-limited',
]);

function build(
  ctx: RequestContext,
  kind: ApiErrorKind,
  message: string,
  extra: Partial<Omit<ApiError, 'kind' | 'message'>> = {},
): ApiError {
  return {
    kind,
    retryable: ALWAYS_RETRYABLE.has(kind) || (kind === 'invalid-response' && ctx.method === 'GET'),
    delivery: DEFAULT_DELIVERY[kind],
    ...extra,
    message,
  };
}

function says(ctx: RequestContext, server: ServerExplanation): string {
  const text = server.errorDescription ?? server.errorCode;
  const details = server.errorDetails ? `${text ? '; ' : ''}details: ${server.errorDetails}` : '';
  return text || details ? ` (${nameOf(ctx)} says: ${text ?? ''}${details})` : '';
}

function explanation(server: ServerExplanation): Partial<ApiError> {
  return {
    ...(server.errorCode !== undefined ? { errorCode: server.errorCode } : {}),
    ...(server.errorDescription !== undefined ? { errorDescription: server.errorDescription } : {}),
    ...(server.errorDetails ? { errorDetails: server.errorDetails } : {}),
  };
}

/** An answer with an error status. Only 4xx/5xx reach here; anything else is invalidResponse. */
export function errorFromStatus(
  ctx: RequestContext,
  status: number,
  server: ServerExplanation,
  retryAfterMs: number | undefined,
): ApiError {
  const extra = { status, ...explanation(server) };
  const write = ctx.method !== 'GET';
  switch (status) {
    case 401:
      return build(ctx, 'unauthorized', ctx.api?.credentialRejected ?? KEY_REJECTED_MESSAGE, extra);
    case 403:
      return build(
        ctx,
        'forbidden',
        `The ${nameOf(ctx)} API denied access to ${ctx.subject}${says(ctx, server)}. It may belong to another provider or no longer exist; ask a supervisor to check it in ${nameOf(ctx)}.`,
        extra,
      );
    case 404:
    case 410:
      return build(
        ctx,
        'not-found',
        `The ${nameOf(ctx)} API does not know ${ctx.subject}${says(ctx, server)}. It may have been removed; refresh the order list.`,
        extra,
      );
    case 409:
      return build(
        ctx,
        'conflict',
        `The ${nameOf(ctx)} API refused the change to ${ctx.subject} because it conflicts with the order's current state${says(ctx, server)}. Refresh the order and check its status.`,
        extra,
      );
    case 429: {
      const wait = retryAfterMs === undefined ? '' : ` for ${Math.ceil(retryAfterMs / 1000)} s`;
      return build(
        ctx,
        'rate-limited',
        `The ${nameOf(ctx)} API asked the station to pause${wait} because it sent too many requests. The station retries on its own; nothing to do.`,
        { ...extra, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
      );
    }
  }
  if (status >= 500) {
    return build(
      ctx,
      'server',
      `The ${nameOf(ctx)} API had an internal error (HTTP ${status}) handling ${ctx.subject}${says(ctx, server)}. ${write ? outcomeUnknown(ctx) : `Try again in a moment; if it persists, contact ${nameOf(ctx)} support.`}`,
      { ...extra, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) },
    );
  }
  // 400 and every other client error: the server understood and refused the request as it stands.
  return build(
    ctx,
    'bad-request',
    `The ${nameOf(ctx)} API rejected the request for ${ctx.subject} as invalid (HTTP ${status})${says(ctx, server)}. The station needs a fix: report this to support.`,
    extra,
  );
}

/** A status or body the spec does not allow for this call. */
export function invalidResponse(
  ctx: RequestContext,
  detail: string,
  extra: { status?: number; issues?: string[] } = {},
): ApiError {
  const write = ctx.method !== 'GET';
  const advice = extra.issues
    ? 'The station cannot use it: report this to support.'
    : 'A Wi-Fi login page or proxy may be intercepting traffic: check the network connection.';
  return build(
    ctx,
    'invalid-response',
    `The ${nameOf(ctx)} API sent an unexpected answer for ${ctx.subject} (${detail}). ${advice}${write ? ` ${outcomeUnknown(ctx)}` : ''}`,
    extra,
  );
}

/** The station refused to send a request that cannot be right. */
export function rejectedBeforeSending(ctx: RequestContext, issues: string[]): ApiError {
  return build(
    ctx,
    'bad-request',
    `The station did not send the request for ${ctx.subject} because it is invalid: ${issues.join('; ')}. The station needs a fix: report this to support.`,
    { delivery: 'not-sent', issues },
  );
}

export function aborted(ctx: RequestContext, delivery: Delivery): ApiError {
  return build(ctx, 'aborted', `The request for ${ctx.subject} was cancelled.`, { delivery });
}

export function timedOut(ctx: RequestContext, timeoutMs: number): ApiError {
  const after = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  const tail =
    ctx.method === 'GET' ? 'Check the network connection; the station will try again.' : outcomeUnknown(ctx);
  return build(
    ctx,
    'timeout',
    `The ${nameOf(ctx)} API did not answer within ${after} for ${ctx.subject}. ${tail}`,
  );
}

export function offline(ctx: RequestContext, reason: string): ApiError {
  return build(
    ctx,
    'offline',
    `The station cannot reach the ${nameOf(ctx)} API (${reason}). Check the network connection; work continues offline and is sent when the connection is back.`,
    { reason },
  );
}

export function connectionLost(ctx: RequestContext, reason: string): ApiError {
  const tail = ctx.method === 'GET' ? 'Try again in a moment.' : outcomeUnknown(ctx);
  return build(
    ctx,
    'connection-lost',
    `The connection to the ${nameOf(ctx)} API broke before it answered for ${ctx.subject} (${reason}). ${tail}`,
    { reason },
  );
}

/** The characters with a meaning in a pattern (Unicode mode allows escaping these and only these). */
const escapeForPattern = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** A secret this long is not met by chance inside a word: it is scrubbed wherever it appears. */
const SCRUB_ANYWHERE_LENGTH = 8;

/**
 * Removes the API key from every text of the error: server-supplied text may echo it back. A short
 * key (a test account's "1234") is scrubbed only where it stands alone, not inside words and numbers
 * of the message ("4 orders", "HTTP 401") that happen to contain it.
 */
export function withoutSecret(error: ApiError, secret: string): ApiError {
  if (secret === '') return error;
  const key = escapeForPattern(secret);
  const pattern = new RegExp(
    secret.length >= SCRUB_ANYWHERE_LENGTH ? key : `(?<![\\p{L}\\p{N}])${key}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const scrub = (text: string) => text.replace(pattern, '[api key]');
  return {
    ...error,
    message: scrub(error.message),
    ...(typeof error.errorCode === 'string' ? { errorCode: scrub(error.errorCode) } : {}),
    ...(typeof error.errorDescription === 'string'
      ? { errorDescription: scrub(error.errorDescription) }
      : {}),
    ...(typeof error.errorDetails === 'string' ? { errorDetails: scrub(error.errorDetails) } : {}),
    ...(error.issues ? { issues: error.issues.map(scrub) } : {}),
  };
}
