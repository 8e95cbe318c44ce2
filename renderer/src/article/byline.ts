// The line under an article's title: who wrote it and when, the date in the reader's own
// language and time zone (a page's raw "2015-03-17T16:27:40.294Z" is no date to read).

import type { Article } from '../../../shared/model';

/** `locale` and `timeZone` are the reader's unless given. */
export function bylineText(article: Pick<Article, 'byline' | 'publishedTime'>, locale?: string, timeZone?: string): string | null {
  const parts = [article.byline?.trim() || null, publishedDate(article.publishedTime, locale, timeZone)].filter((part) => part !== null);
  return parts.length === 0 ? null : parts.join(' · ');
}

function publishedDate(published: string | null, locale: string | undefined, timeZone: string | undefined): string | null {
  if (published === null || published.trim() === '') return null;
  // Only ISO dates are read: the engine's lenient parser turns "Spring 2015" into 1 January.
  const time = /^\d{4}-\d{2}-\d{2}/.test(published.trim()) ? Date.parse(published) : Number.NaN;
  if (Number.isNaN(time)) return published.trim();
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(time);
}
