// The sentence the analyst reads while the library folder does not take changes: why, what
// is kept and where (in memory, in the recovery file), and what happens next.

import type { LibraryState } from '../shared/api';
import type { LibraryStore } from './library/library-store';

export function libraryState(store: LibraryStore): LibraryState {
  const access = store.gate.current();
  if (access.state === 'writable') return { access: 'writable', message: null };
  const kept = store.recovery?.whereKept() ?? null;
  const where =
    kept === null
      ? store.recovery === null
        ? ''
        : ' and in a recovery file outside the folder'
      : 'path' in kept
        ? ` and in the recovery file ${kept.path}`
        : ` (the recovery file could not be written: ${kept.problem})`;
  if (access.state === 'paused') {
    return {
      access: 'read-only',
      message: `The library folder ${store.dataDir} is read-only or cannot be written (${access.reason}): changes are kept in memory${where}, and saved when the folder can be written again.`,
    };
  }
  const unsaved = store.unsavedArticles().length;
  const before = unsaved === 0 ? '' : ` Changes not saved before are kept in memory${where}, and offered back at the next start.`;
  return {
    access: 'read-only',
    message: `The library folder ${store.dataDir} is open read-only (${access.reason}): you can read and export, but no change is saved.${before}`,
  };
}
