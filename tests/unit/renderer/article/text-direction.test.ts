import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/model';
import { articleDirection, textDirection } from '../../../../renderer/src/article/text-direction';

describe('textDirection (what dir="auto" makes of a block)', () => {
  it.each([
    { name: 'English', text: 'The budget grew by 12%.', direction: 'ltr' },
    { name: 'Arabic', text: 'افتتاح مكتبة جديدة', direction: 'rtl' },
    { name: 'Hebrew', text: 'שלום עולם', direction: 'rtl' },
    { name: 'Persian after digits and punctuation', text: '«۱۴۰۲» — گزارش', direction: 'rtl' },
    { name: 'English after Arabic-Indic digits', text: '١٢٣ percent', direction: 'ltr' },
    { name: 'Arabic quoting English later on', text: 'قال: "budget"', direction: 'rtl' },
    { name: 'English quoting Arabic later on', text: '“Budget” (ميزانية)', direction: 'ltr' },
    { name: 'Hebrew after ASCII digits and punctuation', text: '2024: "שלום"', direction: 'rtl' },
    { name: 'English after ASCII digits and punctuation', text: '(12) "The budget"', direction: 'ltr' },
    { name: 'Chinese', text: '预算增长了百分之十二', direction: 'ltr' },
    { name: 'Greek', text: 'Ο προϋπολογισμός', direction: 'ltr' },
    { name: 'a right-to-left mark before English', text: '\u200FThe budget', direction: 'rtl' },
    { name: 'a left-to-right mark before Arabic', text: '\u200Eميزانية', direction: 'ltr' },
    { name: 'an Arabic letter mark before digits', text: '\u061C2024', direction: 'rtl' },
  ])('finds $name $direction', ({ text, direction }) => {
    expect(textDirection(text)).toBe(direction);
  });

  it.each(['2024 — 12%', '', '… !!! ...', '١٢٣٤'])('finds no direction in %j (no letter)', (text) => {
    expect(textDirection(text)).toBeNull();
  });
});

describe('articleDirection', () => {
  const article = (text: string, dir: Article['dir'], blocks: Article['blocks']): Article => ({
    id: '00000000-0000-4000-8000-000000000001',
    title: 'T',
    source: null,
    byline: null,
    siteName: null,
    publishedTime: null,
    dir,
    format: 'txt',
    text,
    blocks,
    links: [],
    marks: [],
    contentHash: `sha256:${'0'.repeat(64)}`,
    fileName: 't.txt',
    added: '2026-01-01T00:00:00.000Z',
    updated: null,
  });

  it('keeps the direction the page gave', () => {
    expect(articleDirection(article('The budget', 'rtl', [{ kind: 'paragraph', start: 0, end: 10 }]))).toBe('rtl');
  });

  it('takes the direction of the first block with a letter when the page gave none', () => {
    const text = '2024\nميزانية المدينة\nThe budget';
    const blocks: Article['blocks'] = [
      { kind: 'paragraph', start: 0, end: 4 },
      { kind: 'paragraph', start: 5, end: 20 },
      { kind: 'paragraph', start: 21, end: 31 },
    ];
    expect(articleDirection(article(text, null, blocks))).toBe('rtl');
  });

  it('is left to right for an article without a letter', () => {
    expect(articleDirection(article('2024 — 12%', null, [{ kind: 'paragraph', start: 0, end: 10 }]))).toBe('ltr');
  });
});
