// Dates and numbers in the operator's language (Intl: no locale data to ship).
/** A date-time in the operator's language, short enough for a table cell; raw text if unparsable. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function formatCount(count: number, language: string): string {
  return new Intl.NumberFormat(language).format(count);
}
