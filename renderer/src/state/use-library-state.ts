// Whether the library takes changes, as the host says. The workspace asks the host for its
// save status every few seconds (which also carries the notices, each told once, so there is
// only one asker); every answer passes its library state on here, so that a folder turning
// read-only (or writable again) while nothing is being saved still shows, and stops showing.

import { useEffect, useState } from 'react';
import type { LibraryState } from '../../../shared/api';

const listeners = new Set<(state: LibraryState) => void>();
let latest: LibraryState = { access: 'writable', message: null };

/** Called with the library state of the start's session and of each save-status answer. */
export function libraryStateAnswered(state: LibraryState): void {
  latest = state;
  for (const listener of listeners) listener(state);
}

export function useLibraryState(): LibraryState {
  const [state, setState] = useState<LibraryState>(() => latest);
  useEffect(() => {
    const listener = (library: LibraryState) =>
      setState((earlier) => (earlier.access === library.access && earlier.message === library.message ? earlier : library));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return state;
}
