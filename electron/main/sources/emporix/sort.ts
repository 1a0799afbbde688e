// The list's `sort` parameter, built from parts rather than pasted: the document allows `fieldName`,
// `fieldName:asc|desc`, comma lists of those, and `fieldName.language` for localized attributes.
// A field or language holding anything else (a comma, a colon, a space) is refused before sending.
import { err, ok, type Result } from '../../../../shared/domain/result.ts';

export interface SortKey {
  /** 'created', or a dotted path ('customer.lastName'). */
  field: string;
  /** For localized attributes: `name.en`. */
  language?: string;
  /** Omitted: the server's default, ascending. */
  direction?: 'asc' | 'desc';
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** BCP 47 as Emporix uses it: `en`, `de`, `zh-Hans`, `en_US`. */
const LANGUAGE = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;
const MAX_KEYS = 10;

export function sortParameter(keys: readonly SortKey[]): Result<string, string[]> {
  const problems: string[] = [];
  if (keys.length === 0) problems.push('sort needs at least one field');
  if (keys.length > MAX_KEYS) problems.push(`sort takes at most ${MAX_KEYS} fields`);
  const parts = keys.map((key, index) => {
    if (!FIELD.test(key.field) || key.field.length > 100) {
      problems.push(`sort[${index}].field may hold only letters, digits, _ and dots between names`);
    }
    if (key.language !== undefined && !LANGUAGE.test(key.language)) {
      problems.push(`sort[${index}].language is not a language code such as en or de`);
    }
    if (key.direction !== undefined && key.direction !== 'asc' && key.direction !== 'desc') {
      problems.push(`sort[${index}].direction must be asc or desc`);
    }
    const name = key.language === undefined ? key.field : `${key.field}.${key.language}`;
    return key.direction === undefined ? name : `${name}:${key.direction}`;
  });
  return problems.length > 0 ? err(problems) : ok(parts.join(','));
}
