// ErrorResponse.data is free-form (the spec says only "nullable"): often the field that failed
// validation, sometimes a list of problems. It is shown with the error as one short plain line,
// never as markup and never at full length.
import { plainLine } from '../../../shared/domain/plain-text.ts';

const MAX_DETAILS = 300;

/** One line of what `data` says, or null when it says nothing. */
export function errorDetails(data: unknown): string | null {
  const text = plainLine(flatten(data, 0)).trim();
  if (text === '') return null;
  return text.length > MAX_DETAILS ? `${text.slice(0, MAX_DETAILS - 1)}…` : text;
}

function flatten(value: unknown, depth: number): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (depth > 3) return '…';
  if (Array.isArray(value)) {
    return value
      .map((item) => flatten(item, depth + 1))
      .filter((part) => part !== '')
      .join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, item]) => {
        const inner = flatten(item, depth + 1);
        return inner === '' ? '' : `${key}: ${inner}`;
      })
      .filter((part) => part !== '')
      .join('; ');
  }
  return '';
}
