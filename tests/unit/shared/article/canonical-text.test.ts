import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, composeCanonicalText, type ArticleParts } from '../../../../shared/article/canonical-text';
import type { ArticleBlockKind } from '../../../../shared/model';

const TITLE = 'Putin Open to Negotiations with Ukraine';
const CAPTION = 'A military landscape depicting tanks and armored vehicles.';
const PARAGRAPHS = [
  'Vladimir Putin has expressed readiness to meet Zelenskyy. He downplayed NATO’s rearmament.',
  'قال بوتين إنه مستعد للقاء زيلينسكي في المرحلة النهائية.',
  'הוא אמר שהוא מוכן להיפגש. 普京表示愿意会面。',
  'Flags 🇺🇦 and marks: हिन्दी, שָׁלוֹם.',
];

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
    const { text, blocks } = composeCanonicalText(parts);
    const strings = [parts.title, ...(parts.caption === null ? [] : [parts.caption]), ...parts.paragraphs];
    expect(blocks.map((block) => block.kind)).toEqual(kinds);
    expect(blocks.map((block) => text.slice(block.start, block.end))).toEqual(strings);
  });

  it.each(cases)('$name: blocks separated by one blank line and nothing else', ({ parts }) => {
    const { text, blocks } = composeCanonicalText(parts);
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
    const { text, blocks } = composeCanonicalText({ title: '🇺🇦', caption: null, paragraphs: ['Kyiv'] });
    expect(blocks).toEqual([
      { kind: 'title', start: 0, end: 4 },
      { kind: 'paragraph', start: 6, end: 10 },
    ]);
    expect(text).toBe('🇺🇦\n\nKyiv');
  });
});
