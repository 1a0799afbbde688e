// Secrets never reach a log file: every line passes through here before it is written. What a
// station's logs may hold support reads too, so an API key, a token, a password or a PIN is replaced
// by `[redacted]` wherever it shows up: as a header, a field of an object, a URL's query or its user
// part, or as the very value of a secret the station knows (the API key in its settings).

export const REDACTED = '[redacted]';

// A field whose value is a secret: x-api-key, apiKey, saas-token, accessToken, password, supervisorPin…
const SECRET_NAME = '[A-Za-z0-9_-]*?(?:api[-_]?key|token|password|passwd|secret|pin|authorization|cookie)';
// `name: value`, `name=value`, `"name": "value"`, `'name': 'value'`, `name: Bearer value`, and a
// secret's whole object (`"supervisorPin": { "next": "…" }`).
const SECRET_FIELD = new RegExp(
  String.raw`(?<![A-Za-z0-9])(["']?${SECRET_NAME}["']?\s*[:=]\s*)(?:(?:Bearer|Basic|Token)\s+)?(\{[^{}]*\}|"[^"]*"|'[^']*'|[^\s,;&"'{}\[\]()]+)`,
  'gi',
);
// A credential after its scheme, wherever it stands: `-H "Bearer abc…"`. After Basic or Token only
// what looks like one (8+ characters with a digit or a symbol), so "Token expired" stays readable.
const SCHEME_CREDENTIAL =
  /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{4,}|\b(Basic|Token)\s+(?=[A-Za-z]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,}/g;
// A query parameter whose name ends in a secret's word: ?key=…, &api_key=…, &accessToken=…, &sig=…
const SECRET_QUERY =
  /([?&;][^=&#\s"']*?(?:key|token|password|passwd|pass|pin|secret|sig|signature|auth)=)[^&#\s"']*/gi;
// A URL's user part: https://user:password@host
const URL_USER = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi;

/** The text with every secret in it replaced; `known` are secrets' exact values (short ones ignored). */
export function redact(text: string, known: readonly string[] = []): string {
  let out = text;
  // The exact values first, so a key that shows up unlabelled (pasted into a URL path) goes too.
  for (const secret of known) {
    if (secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  return out
    .replace(URL_USER, `$1${REDACTED}@`)
    .replace(SECRET_QUERY, `$1${REDACTED}`)
    .replace(SCHEME_CREDENTIAL, (_match, bearer?: string, other?: string) => `${bearer ?? other} ${REDACTED}`)
    .replace(SECRET_FIELD, (_match, name: string, value: string) =>
      value === REDACTED || value.endsWith(`${REDACTED}"`) ? `${name}${value}` : `${name}${quoteLike(value)}`,
    );
}

/** A quoted secret stays quoted, so redacted JSON still reads as JSON. */
function quoteLike(value: string): string {
  if (value.startsWith('{')) return `{${REDACTED}}`;
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  return `${quote}${REDACTED}${quote}`;
}
