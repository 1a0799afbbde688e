// The request core: one place that sets the key header, applies the timeout, refuses redirects and
// turns every outcome — answer, network failure, timeout, cancel — into a Result.
import { subscribe } from 'node:diagnostics_channel';
import { setTimeout as sleep } from 'node:timers/promises';
import { err, ok, type Result } from '../../../shared/domain/result.ts';
import {
  type ApiError,
  aborted,
  errorFromStatus,
  invalidResponse,
  type RequestContext,
  type ServerExplanation,
  timedOut,
} from './api-error.ts';
import { errorDetails } from './error-details.ts';
import { errorFromFetchFailure } from './network-error.ts';
import { errorResponseSchema } from './order-schema.ts';
import { parseRetryAfter } from './retry-after.ts';
import type { Wire, WireAnswer } from './wire.ts';

export interface HttpConfig {
  apiKey: string;
  /** The header that carries `apiKey`: X-API-KEY (Equipme) unless said; null sends none (a login). */
  keyHeader?: string | null;
  timeoutMs: number;
  /** How the requests reach the server (`fetchWire` or `nodeWire`). */
  wire: Wire;
  userAgent: string;
  maxRateLimitWaits: number;
}

export interface HttpRequest extends RequestContext {
  url: URL;
  /** Sent as JSON when present. */
  body?: unknown;
  contentType?: string;
  signal?: AbortSignal | undefined;
  /** Called once the request's headers are on the wire (only through Node's own fetch). */
  onSent?: (() => void) | undefined;
}

type Answer = WireAnswer;

// Node's fetch (undici) announces each request it creates, synchronously inside the fetch call, and
// again when its headers are written to the socket: together they tell when a request has left.
const waitingForSend = new WeakMap<object, () => void>();
let announcing: (() => void) | undefined;
subscribe('undici:request:create', (message) => {
  if (!announcing) return;
  waitingForSend.set((message as { request: object }).request, announcing);
  announcing = undefined;
});
subscribe('undici:client:sendHeaders', (message) => {
  const { request } = message as { request: object };
  waitingForSend.get(request)?.();
  waitingForSend.delete(request);
});

/** The longest Retry-After the client sits out itself; a longer pause is the caller's to schedule. */
const MAX_RATE_LIMIT_WAIT_MS = 30_000;
/** A 429 without Retry-After still gets a pause, or the retry would hit the limit again at once. */
const DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;

/**
 * GET expecting 200 with a JSON body. Reading is idempotent, so a 429 is waited out and retried,
 * and a connection that broke before the answer is tried once more on a new one: a kept-alive
 * connection the server closed just as it was reused breaks that way, and is no outage.
 */
export async function getJson(config: HttpConfig, req: HttpRequest): Promise<Result<unknown, ApiError>> {
  const answer = await getJsonAnswer(config, req);
  return answer.ok ? ok(answer.value.body) : answer;
}

/** getJson, with the answer's headers beside the body (a marketplace sends its paging totals there). */
export async function getJsonAnswer(
  config: HttpConfig,
  req: HttpRequest,
): Promise<Result<{ body: unknown; headers: Answer['headers'] }, ApiError>> {
  let resent = false;
  for (let waits = 0; ; waits++) {
    const answer = await exchange(config, req);
    if (!answer.ok && answer.error.kind === 'connection-lost' && !resent) {
      resent = true;
      continue;
    }
    if (!answer.ok) return answer;
    if (answer.value.status === 200) {
      const body = jsonBody(req, answer.value);
      return body.ok ? ok({ body: body.value, headers: answer.value.headers }) : body;
    }
    const error = errorFromAnswer(req, answer.value);
    const pause = error.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS;
    if (
      error.kind !== 'rate-limited' ||
      waits >= config.maxRateLimitWaits ||
      pause > MAX_RATE_LIMIT_WAIT_MS
    ) {
      return err(error);
    }
    if (!(await waitFor(pause, req.signal))) return err(aborted(req, 'not-sent'));
  }
}

/** A write expecting exactly 204. Never retried here: whether to resend is the sync engine's call. */
export async function sendCommand(config: HttpConfig, req: HttpRequest): Promise<Result<void, ApiError>> {
  const answer = await exchange(config, req);
  if (!answer.ok) return answer;
  if (answer.value.status === 204) return ok(undefined);
  return err(errorFromAnswer(req, answer.value));
}

async function exchange(config: HttpConfig, req: HttpRequest): Promise<Result<Answer, ApiError>> {
  if (req.signal?.aborted) return err(aborted(req, 'not-sent'));
  const timer = serverTimeout(config.timeoutMs);
  const timeout = timer.signal;
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  const headers: Record<string, string> = {};
  const keyHeader = config.keyHeader === undefined ? 'X-API-KEY' : config.keyHeader;
  if (keyHeader !== null) headers[keyHeader] = config.apiKey;
  headers.Accept = 'application/json';
  headers['User-Agent'] = config.userAgent;
  let body: string | undefined;
  if (req.body !== undefined) {
    headers['Content-Type'] = req.contentType ?? 'application/json';
    body = JSON.stringify(req.body);
  }
  try {
    // Set while the wire calls fetch, which announces its request synchronously (see above).
    announcing = req.onSent;
    let answered: Promise<Answer>;
    try {
      answered = config.wire({ method: req.method, url: req.url, headers, body, signal, onSent: req.onSent });
    } finally {
      announcing = undefined;
    }
    // The whole body is read under the same timeout: it frees the connection and feeds error parsing.
    return ok(await answered);
  } catch (failure) {
    if (req.signal?.aborted) return err(aborted(req, 'unknown'));
    if (timeout.aborted) return err(timedOut(req, config.timeoutMs));
    return err(errorFromFetchFailure(req, failure, config.timeoutMs));
  } finally {
    timer.clear();
  }
}

/** A timer that fires this late was held up by the station's own work, not by the server. */
const HELD_UP_MS = 50;

/**
 * Aborts after `ms` of waiting for the server. Time the station's main thread spent busy (a pull
 * writing one page while the next is on its way) is not the server's: a timer that fires late by
 * that much waits that long again, so an answer already received is read first.
 */
function serverTimeout(ms: number): { signal: AbortSignal; clear: () => void } {
  const controller = new AbortController();
  let timer: NodeJS.Timeout;
  const arm = (delay: number, waitsLeft: number) => {
    const due = performance.now() + delay;
    timer = setTimeout(() => {
      const late = performance.now() - due;
      if (late > HELD_UP_MS && waitsLeft > 0) arm(late, waitsLeft - 1);
      else controller.abort(new DOMException('The server did not answer in time', 'TimeoutError'));
    }, delay);
    timer.unref();
  };
  arm(ms, 3);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

function jsonBody(ctx: RequestContext, answer: Answer): Result<unknown, ApiError> {
  const type = answer.headers.get('content-type') ?? 'no content type';
  if (!isJsonType(type)) {
    return err(invalidResponse(ctx, `HTTP 200 with ${type.split(';')[0]} instead of JSON`, { status: 200 }));
  }
  try {
    return ok(JSON.parse(answer.text));
  } catch {
    return err(invalidResponse(ctx, 'HTTP 200 with malformed JSON', { status: 200 }));
  }
}

function errorFromAnswer(ctx: RequestContext, answer: Answer): ApiError {
  const { status, headers } = answer;
  if (status >= 400) {
    return errorFromStatus(ctx, status, explanation(answer), parseRetryAfter(headers.get('retry-after')));
  }
  // redirect: 'manual' hands 3xx back; following it would carry the API key to another address.
  if (status >= 300 && status < 400) {
    const location = headers.get('location');
    return invalidResponse(ctx, `redirect HTTP ${status}${location ? ` to ${hostOf(location)}` : ''}`, {
      status,
    });
  }
  return invalidResponse(ctx, `HTTP ${status} where the API documents ${ctx.method === 'GET' ? 200 : 204}`, {
    status,
  });
}

function explanation(answer: Answer): ServerExplanation {
  if (!isJsonType(answer.headers.get('content-type') ?? '')) return {};
  try {
    const parsed = errorResponseSchema.safeParse(JSON.parse(answer.text));
    if (!parsed.success) return {};
    return {
      errorCode: shortened(parsed.data.errorCode ?? null, 100),
      errorDescription: shortened(parsed.data.errorDescription ?? null, MAX_SERVER_TEXT),
      errorDetails: errorDetails(parsed.data.data),
    };
  } catch {
    return {};
  }
}

/** A server's words reach operator messages and the outbox: a page of them is not readable there. */
const MAX_SERVER_TEXT = 500;

function shortened(text: string | null, max: number): string | null {
  if (text === null) return null;
  const line = text.trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function isJsonType(contentType: string): boolean {
  return /^\s*(application\/([\w.-]+\+)?json|text\/json)\s*(;|$)/i.test(contentType);
}

function hostOf(location: string): string {
  try {
    return new URL(location, 'http://relative.invalid').host.replace('relative.invalid', 'same server');
  } catch {
    return 'an unreadable address';
  }
}

async function waitFor(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    await sleep(ms, undefined, signal ? { signal } : {});
    return true;
  } catch {
    return false;
  }
}
