// Whether the library takes changes, as the host says: asked at start and every few seconds,
// so that a folder turning read-only (or writable again) while nothing is being saved still
// shows, and stops showing, without the analyst doing anything.

import { useEffect, useState } from 'react';
import type { LibraryState } from '../../../shared/api';
import { api } from '../api';

/** How often the host is asked whether its library folder takes changes. */
export const LIBRARY_STATE_INTERVAL_MS = 2000;

export function useLibraryState(): LibraryState {
  const [state, setState] = useState<LibraryState>({ access: 'writable', message: null });
  useEffect(() => {
    let stopped = false;
    const ask = async () => {
      try {
        const { library } = await api.getSaveStatus({});
        if (!stopped) setState((earlier) => (earlier.access === library.access && earlier.message === library.message ? earlier : library));
      } catch {
        // Asked again after the next interval.
      }
    };
    void ask();
    const timer = setInterval(() => void ask(), LIBRARY_STATE_INTERVAL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, []);
  return state;
}
