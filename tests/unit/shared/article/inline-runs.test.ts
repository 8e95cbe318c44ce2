import { describe, expect, it } from 'vitest';
import { inlineRuns } from '../../../../shared/article/inline-runs';
import type { ArticleLink, ArticleMark } from '../../../../shared/model';

// "Title\n\nA bold and very much so, see here." : the paragraph is [7, 41).
const block = { start: 7, end: 41 };

describe('inlineRuns', () => {
  it.each<{ name: string; links: ArticleLink[]; marks: ArticleMark[]; runs: [number, number, string | null, string[]][] }>([
    { name: 'a block without links or marks: one run', links: [], marks: [], runs: [[7, 41, null, []]] },
    {
      name: 'a bold word',
      links: [],
      marks: [{ kind: 'strong', start: 9, end: 13 }],
      runs: [
        [7, 9, null, []],
        [9, 13, null, ['strong']],
        [13, 41, null, []],
      ],
    },
    {
      name: 'italic inside bold, and code over a link',
      links: [{ start: 31, end: 34, href: 'https://a.example/' }],
      marks: [
        { kind: 'strong', start: 18, end: 29 },
        { kind: 'emphasis', start: 23, end: 27 },
        { kind: 'code', start: 31, end: 40 },
      ],
      runs: [
        [7, 18, null, []],
        [18, 23, null, ['strong']],
        [23, 27, null, ['strong', 'emphasis']],
        [27, 29, null, ['strong']],
        [29, 31, null, []],
        [31, 34, 'https://a.example/', ['code']],
        [34, 40, null, ['code']],
        [40, 41, null, []],
      ],
    },
    {
      name: 'marks of other blocks are left out',
      links: [],
      marks: [
        { kind: 'strong', start: 0, end: 5 },
        { kind: 'emphasis', start: 9, end: 13 },
        { kind: 'strong', start: 43, end: 48 },
      ],
      runs: [
        [7, 9, null, []],
        [9, 13, null, ['emphasis']],
        [13, 41, null, []],
      ],
    },
  ])('$name', ({ links, marks, runs }) => {
    expect(inlineRuns(block, links, marks).map((run) => [run.start, run.end, run.href, run.marks])).toEqual(runs);
  });

  it('splits a block of 100,000 bold words into one run per word and per space between them', () => {
    const marks: ArticleMark[] = Array.from({ length: 100_000 }, (_, at) => ({ kind: 'strong', start: at * 5, end: at * 5 + 4 }));
    const runs = inlineRuns({ start: 0, end: 500_000 }, [], marks);
    expect(runs).toHaveLength(200_000);
    expect(runs[199_998]).toEqual({ start: 499_995, end: 499_999, href: null, marks: ['strong'] });
    expect(runs[199_999]).toEqual({ start: 499_999, end: 500_000, href: null, marks: [] });
  });
});
