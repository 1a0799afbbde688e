// The Emporix tenant is a path segment (`/order-v2/{tenant}/salesorders`): only the characters a
// tenant name has are allowed, so a configured value can never add a segment, a query or a host.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';

/** Lower-case letters, digits, `-` and `_`, starting with a letter or digit; at most 64. */
const TENANT = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** The tenant as it goes into the path, or what is wrong with it (in words, never the raw value). */
export function checkTenant(tenant: string): Result<string, string> {
  if (TENANT.test(tenant)) return ok(tenant);
  if (tenant === '') return err('the Emporix tenant is empty');
  if (tenant.length > 64) return err('the Emporix tenant is longer than 64 characters');
  return err(
    'the Emporix tenant may hold only lower-case letters, digits, - and _, and must start with a letter or digit',
  );
}
