// Text fields that take every key at once, as a person types it, instead of after the wedge
// detector's hold: the queue's search field, where each key searches and the hold was the largest
// part of a keystroke's wait. A scanner's burst still types into such a field while it runs; once
// the detector knows it was a scan, the field is put back exactly as it was before the burst (text,
// caret, selection), so a scanned code never stays in it. Every other text field keeps the hold.

/** Spread onto an <input>/<textarea>: its keys are never held (see the top of this file). */
export const KEYS_AT_ONCE = { 'data-keys-at-once': '' } as const;

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** A text field as it was before a burst of keys began. */
export interface FieldBefore {
  field: TextField;
  value: string;
  selection: { start: number; end: number; direction: 'forward' | 'backward' | 'none' } | null;
}

/** The field's state, when `target` is a field that takes keys at once; else null (hold its keys). */
export function keysAtOnceField(target: EventTarget | null): FieldBefore | null {
  const field = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : null;
  if (!field?.hasAttribute('data-keys-at-once')) return null;
  return { field, value: field.value, selection: selectionOf(field) };
}

/** Takes a scan's keys back out: the field's text and caret as before, told to React like typing. */
export function putBack(before: FieldBefore): void {
  const { field, value, selection } = before;
  if (field.value !== value) {
    const proto =
      field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    // React watches the element's own value property; the prototype's setter goes around it.
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (selection) field.setSelectionRange(selection.start, selection.end, selection.direction);
}

function selectionOf(field: TextField): FieldBefore['selection'] {
  try {
    const { selectionStart, selectionEnd, selectionDirection } = field;
    if (selectionStart === null || selectionEnd === null) return null;
    return { start: selectionStart, end: selectionEnd, direction: selectionDirection ?? 'none' };
  } catch {
    // type="number"/"email" have no selection API.
    return null;
  }
}
