// What an Emporix source needs to be told, checked once: a bad setting is a value the settings screen
// can show, never a request with a pasted tenant or a token sent to the wrong place.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';
import { checkTenant } from './tenant.ts';

export interface EmporixSettings {
  /** The API root, e.g. https://api.emporix.io */
  baseUrl: string;
  tenant: string;
  /**
   * The `saas-token` (scope order.order_read). The document has no token endpoint, so it is
   * configured; when it expires every request answers 401 and a supervisor enters a fresh one.
   */
  token: string;
  /** Orders per page; default 50. */
  pageSize?: number;
}

export interface CheckedSettings {
  /** With a trailing slash, so the path resolves beneath any prefix. */
  base: URL;
  tenant: string;
  token: string;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/** A header value: visible ASCII only, so it cannot split the request. */
const TOKEN = /^[\x21-\x7e]{1,4096}$/;

export function checkSettings(settings: EmporixSettings): Result<CheckedSettings, string[]> {
  const problems: string[] = [];
  const base = checkBase(settings.baseUrl, problems);
  const tenant = checkTenant(settings.tenant);
  if (!tenant.ok) problems.push(tenant.error);
  if (!TOKEN.test(settings.token)) {
    problems.push('the saas-token is empty or holds spaces or characters a header cannot carry');
  }
  const pageSize = settings.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    problems.push(`the page size must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  if (problems.length > 0 || !base || !tenant.ok) return err(problems);
  return ok({ base, tenant: tenant.value, token: settings.token, pageSize });
}

function checkBase(text: string, problems: string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push('the Emporix API address is not a valid URL');
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push('the Emporix API address must start with https://');
    return undefined;
  }
  if (url.username || url.password) {
    problems.push('the Emporix API address must not contain a user name or password');
    return undefined;
  }
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}
