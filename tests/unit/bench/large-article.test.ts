// The 15 MB figures' article: a title line, then paragraphs of sentences, as long as asked
// for and the same every time; the product's .txt loader reads it as a title and paragraphs.

import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../../host/article-loading/load-article';
import { largeArticleText } from '../../bench/renderer/large-article';

describe('largeArticleText', () => {
  const text = largeArticleText(5000);
  const paragraphs = text.trimEnd().split('\n\n').slice(1);

  it('starts with its title line and a blank line', () => {
    expect(text.startsWith('Transcript of the long budget debate, all sessions\n\n')).toBe(true);
  });

  it('holds at least the bytes asked for, and less than one more paragraph past them', () => {
    expect(text.length).toBeGreaterThanOrEqual(5000);
    expect(text.length).toBeLessThan(5000 + 3000);
    expect(new TextEncoder().encode(text).length).toBe(text.length);
  });

  it('writes paragraphs of capitalised sentences ending in full stops', () => {
    expect(paragraphs.length).toBeGreaterThan(2);
    for (const paragraph of paragraphs) {
      expect(paragraph).toMatch(/^[A-Z][a-z]+[ ,a-z]*\.( [A-Z][a-z]+[ ,a-z]*\.){2,6}$/);
    }
  });

  it('is the same text every time', () => {
    expect(largeArticleText(5000)).toBe(text);
  });

  it('loads as its title and one paragraph block per paragraph', () => {
    const article = loadArticle({ fileName: 'long.txt', bytes: new TextEncoder().encode(text) }, 'a1', '2026-01-01T00:00:00.000Z');
    expect(article.title).toBe('Transcript of the long budget debate, all sessions');
    expect(article.blocks.map((block) => block.kind)).toEqual(['title', ...paragraphs.map(() => 'paragraph')]);
  });
});
