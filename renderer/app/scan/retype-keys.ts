// Gives a person's keystrokes back after the wedge detector held them: typed into the text field
// they were meant for (through the native value setter plus an `input` event, so React's onChange
// sees them), or replayed as keydown events elsewhere so shortcuts and buttons still react.

/** Replayed keydowns carry this mark so the ScanRouter lets them through untouched. */
const replayed = new WeakSet<Event>();

export function isReplayed(event: Event): boolean {
  return replayed.has(event);
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

export function isTextField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  if (target instanceof HTMLTextAreaElement) return !target.readOnly && !target.disabled;
  return (
    target instanceof HTMLInputElement &&
    TEXT_INPUT_TYPES.has(target.type) &&
    !target.readOnly &&
    !target.disabled
  );
}

export function retypeKeys(target: EventTarget | null, keys: readonly string[]): void {
  if (keys.length === 0) return;
  if (isTextField(target)) {
    insertText(target, keys.join(''));
    return;
  }
  const element = target instanceof Element ? target : document.activeElement;
  for (const key of keys) {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    replayed.add(event);
    (element ?? document.body).dispatchEvent(event);
  }
}

/** Types `text` at the field's caret (replacing a selection), as the keyboard would have. */
export function insertText(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const value = field.value;
  let start = value.length;
  let end = value.length;
  try {
    start = field.selectionStart ?? value.length;
    end = field.selectionEnd ?? value.length;
  } catch {
    // type="number"/"email" have no selection API: append.
  }
  const next = value.slice(0, start) + text + value.slice(end);
  const maxLength = field.maxLength > 0 ? field.maxLength : Number.POSITIVE_INFINITY;
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // React watches the element's own value property; the prototype's setter goes around it.
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, next.slice(0, maxLength));
  try {
    field.setSelectionRange(start + text.length, start + text.length);
  } catch {
    // No selection API on this input type.
  }
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
