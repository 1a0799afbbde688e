// Where the CLI finds its API: flags first, then the environment.
export interface ApiConfig {
  baseUrl: string;
  apiKey: string;
}

export function resolveApiConfig(
  flags: { 'api-url'?: string | undefined; 'api-key'?: string | undefined },
  env: NodeJS.ProcessEnv,
): ApiConfig | string {
  const baseUrl = flags['api-url'] || env.STATION_API_URL;
  const apiKey = flags['api-key'] || env.STATION_API_KEY;
  if (!baseUrl && !apiKey) {
    return 'no Equipme API configured: pass --api-url and --api-key or set STATION_API_URL and STATION_API_KEY (for a demo API run `station simulator`).';
  }
  if (!apiKey) {
    return 'no API key: pass --api-key or set STATION_API_KEY (`station simulator` prints the key of its demo API).';
  }
  if (!baseUrl) {
    return 'no API URL: pass --api-url or set STATION_API_URL (`station simulator` prints the URL of its demo API).';
  }
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return `API URL must be http(s), got ${quoted(baseUrl)}`;
  } catch {
    return `API URL is not a valid URL: ${quoted(baseUrl)}`;
  }
  return { baseUrl, apiKey };
}

/** What the operator typed, shown safely: quoted, control characters escaped, a long one cut. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
}

/** Who does an outbox change (kept in the audit log): --operator, then STATION_OPERATOR. */
export function resolveOperator(flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const name = (flag ?? env.STATION_OPERATOR)?.trim();
  return name ? name : undefined;
}

export const NO_OPERATOR =
  'no operator: pass --operator NAME or set STATION_OPERATOR (the name is kept in the audit log).';
