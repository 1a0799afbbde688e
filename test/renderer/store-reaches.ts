// Waiting on an explicit event instead of the clock: resolves when a zustand store's state passes
// the check (at once if it already does). Await it inside `act` when the change comes from code the
// test set off, so React's updates that follow are flushed when the act ends.
import type { StoreApi, UseBoundStore } from 'zustand';

export function storeReaches<S>(
  store: UseBoundStore<StoreApi<S>>,
  check: (state: S) => boolean,
): Promise<void> {
  return new Promise((resolve) => {
    if (check(store.getState())) {
      resolve();
      return;
    }
    const stop = store.subscribe((state) => {
      if (!check(state)) return;
      stop();
      resolve();
    });
  });
}
