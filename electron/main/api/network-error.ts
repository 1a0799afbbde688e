// Classifies a rejected fetch() by the Node/undici error code on its cause: whether the request could
// have reached the server decides between 'offline' (safe to resend) and 'connection-lost' (unknown).
import { type ApiError, connectionLost, offline, type RequestContext, timedOut } from './api-error.ts';

/** The connection was never established: the request cannot have reached the server. */
const NOT_CONNECTED: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'server name not found',
  EAI_AGAIN: 'name lookup failed',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  ENETDOWN: 'network down',
  EHOSTDOWN: 'host down',
  UND_ERR_CONNECT_TIMEOUT: 'connecting timed out',
  // TLS fails before any request byte is sent; usually a proxy presenting its own certificate.
  CERT_HAS_EXPIRED: 'server certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'untrusted server certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted server certificate',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'untrusted server certificate',
  ERR_TLS_CERT_ALTNAME_INVALID: 'server certificate does not match the address',
};

/** The connection existed and broke: the server may have received and applied the request. */
const DROPPED: Record<string, string> = {
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ECONNABORTED: 'connection aborted',
  // The OS gave up on an established connection (undici reports a connect timeout as UND_ERR_CONNECT_TIMEOUT).
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the other side',
  UND_ERR_CLOSED: 'connection closed',
};

const ANSWER_TOO_SLOW = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function errorFromFetchFailure(ctx: RequestContext, failure: unknown, timeoutMs: number): ApiError {
  const code = errorCode(failure);
  if (code !== undefined) {
    const notConnected = NOT_CONNECTED[code];
    if (notConnected) return offline(ctx, notConnected);
    const dropped = DROPPED[code];
    if (dropped) return connectionLost(ctx, dropped);
    if (ANSWER_TOO_SLOW.has(code)) return timedOut(ctx, timeoutMs);
  }
  // fetch refuses a few ports outright (the Fetch standard's "bad port" list): nothing was sent.
  if (/^bad port$/i.test(causeMessage(failure))) return offline(ctx, 'a port fetch refuses to connect to');
  if (/other side closed/i.test(messageOf(failure)))
    return connectionLost(ctx, 'connection closed by the other side');
  // Anything unrecognised is treated as the unsafe case: the request may have been delivered.
  return connectionLost(ctx, code ?? 'network error');
}

/** fetch() wraps the socket error in `cause`; a multi-address connect wraps several in an AggregateError. */
function errorCode(failure: unknown): string | undefined {
  for (let error: unknown = failure, depth = 0; error && depth < 4; depth++) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const inner = (error as { errors?: unknown }).errors;
    const innerCode = Array.isArray(inner) ? (inner[0] as { code?: unknown } | undefined)?.code : undefined;
    if (typeof innerCode === 'string') return innerCode;
    error = (error as { cause?: unknown }).cause;
  }
  return undefined;
}

function causeMessage(failure: unknown): string {
  const cause = (failure as { cause?: unknown } | null)?.cause;
  return cause instanceof Error ? cause.message : '';
}

function messageOf(failure: unknown): string {
  const cause = (failure as { cause?: unknown } | null)?.cause;
  return [failure, cause].map((e) => (e instanceof Error ? e.message : '')).join(' ');
}
