/** What the playground's grid shows: the active sheet and the selected range. */
export interface GridSelection {
  sheet: string;
  range: string;
}

export interface SelectionStore {
  get(): GridSelection;
  set(s: GridSelection): void;
  subscribe(listener: () => void): () => void;
}

export function createSelectionStore(initial: GridSelection): SelectionStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(s) {
      current = s;
      listeners.forEach((l) => l());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
