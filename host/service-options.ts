// What the service is given by its host: the library store, the sample article, the article
// work, and the clock and id source, which come from outside so tests can fix them.

import type { ArticleWork } from './article-loading/article-worker-jobs';
import type { LibraryStore } from './library/library-store';

export interface ServiceOptions {
  store: LibraryStore;
  /** The bundled sample article, added to an empty library on first start. */
  sampleArticlePath: string;
  /** Loads article files and re-anchors claims: in a worker thread in the hosts, in the caller's thread in tests. */
  articleWork: ArticleWork;
  now: () => Date;
  newId: () => string;
}
