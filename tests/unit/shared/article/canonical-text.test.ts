import { describe, expect, it } from 'vitest';
import type { ContentBlock } from '../../../../shared/article/article-content';
import { BLOCK_SEPARATOR, composeCanonicalText } from '../../../../shared/article/canonical-text';
import type { ArticleBlockKind } from '../../../../shared/model';

const TITLE = 'Putin Open to Negotiations with Ukraine';
const CAPTION = 'A military landscape depicting tanks and armored vehicles.';
const PARAGRAPHS = [
  'Vladimir Putin has expressed readiness to meet Zelenskyy. He downplayed NATO’s rearmament.',
  'قال بوتين إنه مستعد للقاء زيلينسكي في المرحلة النهائية.',
  'הוא אמר שהוא מוכן להיפגש. 普京表示愿意会面。',
  'Flags 🇺🇦 and marks: हिन्दी, שָׁלוֹם.',
];

interface ArticleParts {
  title: string;
  caption: string | null;
  paragraphs: string[];
}

function contentOf(parts: ArticleParts): { title: string; blocks: ContentBlock[] } {
  return {
    title: parts.title,
    blocks: [
      ...(parts.caption === null ? [] : [{ kind: 'caption' as const, text: parts.caption }]),
      ...parts.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    ],
  };
}

describe('composeCanonicalText', () => {
  const cases: { name: string; parts: ArticleParts; kinds: ArticleBlockKind[] }[] = [
    {
      name: 'title, caption and paragraphs',
      parts: { title: TITLE, caption: CAPTION, paragraphs: PARAGRAPHS },
      kinds: ['title', 'caption', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    },
    {
      name: 'no caption',
      parts: { title: TITLE, caption: null, paragraphs: PARAGRAPHS },
      kinds: ['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph'],
    },
    {
      name: 'one paragraph',
      parts: { title: TITLE, caption: null, paragraphs: [PARAGRAPHS[0] ?? ''] },
      kinds: ['title', 'paragraph'],
    },
    {
      name: 'a title alone',
      parts: { title: TITLE, caption: null, paragraphs: [] },
      kinds: ['title'],
    },
  ];

  it.each(cases)('$name: blocks in order, each slicing back to its exact string', ({ parts, kinds }) => {
    const { text, blocks } = composeCanonicalText(contentOf(parts));
    const strings = [parts.title, ...(parts.caption === null ? [] : [parts.caption]), ...parts.paragraphs];
    expect(blocks.map((block) => block.kind)).toEqual(kinds);
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual(strings);
  });

  it.each(cases)('$name: blocks separated by one blank line and nothing else', ({ parts }) => {
    const { text, blocks } = composeCanonicalText(contentOf(parts));
    const strings = [parts.title, ...(parts.caption === null ? [] : [parts.caption]), ...parts.paragraphs];
    expect(BLOCK_SEPARATOR).toBe('\n\n');
    expect(text).toBe(strings.join('\n\n'));
    expect(blocks[0]?.start).toBe(0);
    expect(blocks.at(-1)?.end).toBe(text.length);
    for (let i = 1; i < blocks.length; i += 1) {
      expect(text.slice(blocks[i - 1]?.end, blocks[i]?.start)).toBe('\n\n');
    }
  });

  it('counts offsets in UTF-16 code units (an emoji flag is four)', () => {
    const { text, blocks } = composeCanonicalText({ title: '🇺🇦', blocks: [{ kind: 'paragraph', text: 'Kyiv' }] });
    expect(blocks).toEqual([
      { kind: 'title', start: 0, end: 4 },
      { kind: 'paragraph', start: 6, end: 10 },
    ]);
    expect(text).toBe('🇺🇦\n\nKyiv');
  });

  it('keeps heading levels, list order and links (moved to canonical offsets)', () => {
    const { text, blocks, links } = composeCanonicalText({
      title: 'T',
      blocks: [
        { kind: 'heading', text: 'Background', level: 2 },
        { kind: 'list-item', text: 'one', level: 1, ordered: true },
        { kind: 'paragraph', text: 'See the report.', links: [{ start: 8, end: 14, href: 'https://example.org/r' }] },
      ],
    });
    expect(blocks.slice(1)).toEqual([
      { kind: 'heading', start: 3, end: 13, level: 2 },
      { kind: 'list-item', start: 15, end: 18, level: 1, ordered: true },
      { kind: 'paragraph', start: 20, end: 35 },
    ]);
    expect(links).toEqual([{ start: 28, end: 34, href: 'https://example.org/r' }]);
    expect(text.slice(28, 34)).toBe('report');
  });

  it('drops a link whose range does not fit its block', () => {
    const { links } = composeCanonicalText({
      title: 'T',
      blocks: [{ kind: 'paragraph', text: 'abc', links: [{ start: 2, end: 9, href: 'https://example.org/' }] }],
    });
    expect(links).toEqual([]);
  });
});
