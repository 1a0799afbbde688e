/** A zustand store as tests see it (method syntax: any store's state type fits). */
interface ResettableStore {
  getInitialState(): unknown;
  setState(state: unknown, replace: true): void;
}

/** Puts stores back to their initial state, so tests do not see each other's. */
export function resetStores(...stores: ResettableStore[]): void {
  for (const store of stores) store.setState(store.getInitialState(), true);
}
