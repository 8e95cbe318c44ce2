import { describe, expect, it } from 'vitest';
import { bylineText } from '../../../../renderer/src/article/byline';

describe('bylineText', () => {
  it.each<[string, string | null, string | null, string, string | null]>([
    ['author and date, in English', 'Jane Roe', '2015-03-17T16:27:40.294Z', 'en-GB', 'Jane Roe · 17 March 2015'],
    ['the date in German', 'Jane Roe', '2015-03-17T16:27:40.294Z', 'de-DE', 'Jane Roe · 17. März 2015'],
    ['a date alone', null, '2015-03-17', 'en-US', 'March 17, 2015'],
    ['an author alone', 'By Jane Roe', null, 'en-GB', 'By Jane Roe'],
    ['a date no parser reads, as written', null, 'Spring 2015', 'en-GB', 'Spring 2015'],
    ['nothing', null, null, 'en-GB', null],
    ['blanks are nothing', '  ', ' ', 'en-GB', null],
  ])('%s', (_name, byline, publishedTime, locale, expected) => {
    expect(bylineText({ byline, publishedTime }, locale, 'UTC')).toBe(expected);
  });
});
