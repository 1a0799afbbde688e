// A note comes from outside as HTML or text (a partner note, a customer's note to a sales order); the station
// shows and prints it only as plain text.
import sanitizeHtml from 'sanitize-html';

// Line breaks of the markup survive as newlines, so a note does not run its lines together.
const BREAKS = /<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr)\s*>/gi;

/** No tags at all (script and style content dropped with them), entities decoded. */
export function noteText(note: string): string {
  const stripped = sanitizeHtml(note.replace(BREAKS, '\n'), { allowedTags: [], allowedAttributes: {} });
  // sanitize-html escapes the text it keeps; undo exactly that escaping (&amp; last).
  return stripped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
