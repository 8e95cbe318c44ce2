// The article's marks as the contract checks them: every answer and every file read goes
// through articleSchema, so a mark outside the text or out of order never reaches the window.

import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../../shared/model';

const article: Article = {
  id: 'a-1',
  title: 'Vote',
  source: null,
  byline: null,
  siteName: null,
  publishedTime: null,
  dir: null,
  format: 'md',
  text: 'Vote\n\nA bold vote.',
  blocks: [
    { kind: 'title', start: 0, end: 4 },
    { kind: 'paragraph', start: 6, end: 18 },
  ],
  links: [],
  marks: [
    { kind: 'strong', start: 8, end: 12 },
    { kind: 'emphasis', start: 8, end: 17 },
    { kind: 'code', start: 13, end: 17 },
  ],
  contentHash: `sha256:${'0'.repeat(64)}`,
  fileName: 'vote.md',
  added: '2026-01-05T09:00:00.000Z',
  updated: null,
};

describe('articleSchema: marks', () => {
  it('accepts marks in order of start, nested and crossing', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  it.each([
    { name: 'a mark past the end of the text', marks: [{ kind: 'strong', start: 13, end: 19 }], message: 'got 13-19' },
    { name: 'an empty mark', marks: [{ kind: 'strong', start: 8, end: 8 }], message: 'got 8-8' },
    { name: 'marks out of order', marks: [{ kind: 'strong', start: 13, end: 17 }, { kind: 'code', start: 8, end: 12 }], message: 'got 8-12' },
  ])('refuses $name, saying which', ({ marks, message }) => {
    const parsed = articleSchema.safeParse({ ...article, marks });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(message);
  });

  it.each([
    { name: 'a kind not on the list', marks: [{ kind: 'underline', start: 8, end: 12 }] },
    { name: 'a mark with markup in it', marks: [{ kind: 'strong', start: 8, end: 12, html: '<b>' }] },
    { name: 'an article without marks', marks: undefined },
  ])('refuses $name', ({ marks }) => {
    expect(articleSchema.safeParse({ ...article, marks }).success).toBe(false);
  });
});
