// Turns zod issues into short, exact lines an operator or a log reader can act on:
// `bomItems[2].product.partNumber: expected string, received undefined`.
import type { z } from 'zod';

/** Parse options that make zod keep the offending input on each issue, so the message can show it. */
export const WITH_INPUT = { reportInput: true } as const;

export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map(formatIssue);
}

export function formatIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  const problem = describeProblem(issue);
  return path === '' ? problem : `${path}: ${problem}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected === 'int' ? 'integer' : issue.expected}, received ${describeValue(input)}`;
    case 'invalid_value':
      return `unknown value ${show(input)}`;
    case 'invalid_format':
      // A pattern carries its own explanation; a bare regex would mean nothing to a reader.
      return issue.format === 'regex' ? issue.message : `not a valid ${issue.format}: ${show(input)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `shorter than ${issue.minimum} characters`
        : `must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, got ${show(input)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `longer than ${issue.maximum} characters`
        : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${show(input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value === 'undefined' ? 'undefined' : typeof value;
}

/** A short rendering of a scalar; long or structured values are summarised, never dumped. */
function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return describeValue(value);
}
