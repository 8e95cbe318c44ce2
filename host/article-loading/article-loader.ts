// The shape every format's loader has: decoded text in, structured content out. A loader
// throws ApiError('invalid-input', ...) when the file cannot be an article.

import type { ArticleContent } from '../../shared/article/article-content';

export interface ArticleSource {
  /** The file's name, which every error message starts with. */
  fileName: string;
  /** The file's text, decoded and without a byte order mark. */
  text: string;
}

export type ArticleLoader = (source: ArticleSource) => ArticleContent;
