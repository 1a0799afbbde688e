// Places the keyboard can be sent to by name, so app-wide keys and screens need not know each
// other's elements. A screen offers a place while it is mounted (the queue: its search field and its
// list); a request for a place not on screen yet waits until it is offered (the queue opening).
export type FocusTarget = 'queue-search' | 'queue-list';

const offered = new Map<FocusTarget, () => void>();
/** The one place asked for and not yet on screen; a later request replaces it. */
let waiting: FocusTarget | null = null;

/** `focus` puts the keyboard on `target` until the returned function is called. */
export function offerFocus(target: FocusTarget, focus: () => void): () => void {
  offered.set(target, focus);
  if (waiting === target) {
    waiting = null;
    focus();
  }
  return () => {
    if (offered.get(target) === focus) offered.delete(target);
  };
}

/** Puts the keyboard on `target` now, or as soon as its screen offers it. */
export function requestFocus(target: FocusTarget): void {
  const focus = offered.get(target);
  if (focus) {
    waiting = null;
    focus();
  } else {
    waiting = target;
  }
}
