// A person from an Equipme reference (`orderedBy`, untrusted API data) as one plain line: the name,
// else the e-mail, else the user name; null when there is none.
import { plainLine } from './plain-text.ts';

const line = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = plainLine(value).trim();
  return text === '' ? null : text;
};

export function personName(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const person = value as Record<string, unknown>;
  const name = [line(person.firstName), line(person.lastName)].filter(Boolean).join(' ');
  return name || line(person.email) || line(person.username);
}
