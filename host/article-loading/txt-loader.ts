// Loads a news page saved as plain text with the scraped-text parser in shared/.

import type { ArticleContent, ContentBlock } from '../../shared/article/article-content';
import { ArticleParseError, parseScrapedText } from './parse-scraped-text';
import { ApiError } from '../../shared/api';
import type { ArticleSource } from './article-loader';

export function loadTxtArticle({ fileName, text }: ArticleSource): ArticleContent {
  let parsed;
  try {
    parsed = parseScrapedText(text);
  } catch (error) {
    if (error instanceof ArticleParseError) throw new ApiError('invalid-input', `${fileName}: ${error.message}`);
    throw error;
  }
  const caption: ContentBlock[] = parsed.caption === null ? [] : [{ kind: 'caption', text: parsed.caption }];
  return {
    title: parsed.title,
    byline: null,
    siteName: null,
    publishedTime: null,
    source: parsed.source,
    dir: null,
    blocks: [...caption, ...parsed.paragraphs.map((paragraph): ContentBlock => ({ kind: 'paragraph', text: paragraph }))],
  };
}
