// The page's first script, kept small: it sends the start's calls (boot-calls.ts), then loads
// the window. The session's answer can then be read, and the last article asked for, while
// the larger script is still being fetched and compiled.
import { sendBootCalls } from './boot-calls';
import { prepareDateFormats } from './date-formats';
import { LAST_ARTICLE_META_NAME } from '../../shared/page-meta';

const namedArticle = document.querySelector<HTMLMetaElement>(`meta[name="${LAST_ARTICLE_META_NAME}"]`)?.content;
sendBootCalls(namedArticle === undefined || namedArticle === '' ? null : namedArticle);
void import('./app-main');
// While the main script downloads: the date formats, which the library's first render needs.
prepareDateFormats();
