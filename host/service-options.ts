// What the service is given by its host: the library store, the sample article, and the
// clock and id source, which come from outside so tests can fix them.

import type { LibraryStore } from './library/library-store';

export interface ServiceOptions {
  store: LibraryStore;
  /** The bundled sample article, added to an empty library on first start. */
  sampleArticlePath: string;
  now: () => Date;
  newId: () => string;
}
