import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../host/article-loading/front-matter';

const NONE = { title: null, author: null, date: null, source: null };

describe('splitFrontMatter', () => {
  it.each([
    {
      name: 'all four fields',
      text: '---\ntitle: Harbour wall vote\nauthor: Dana Whitfield\ndate: 2025-03-14\nsource: https://courier.example/a\n---\n# Body\n',
      frontMatter: { title: 'Harbour wall vote', author: 'Dana Whitfield', date: '2025-03-14', source: 'https://courier.example/a' },
      body: '# Body\n',
    },
    {
      name: 'quoted values, comments and other keys',
      text: "---\nlayout: post\ntitle: \"Episode #5: \\\"Tides\\\"\"\nauthor: 'O''Brien' # staff\ntags: [a, b]\n---\nText",
      frontMatter: { ...NONE, title: 'Episode #5: "Tides"', author: "O'Brien" },
      body: 'Text',
    },
    {
      name: 'a "..." end line and CRLF',
      text: '---\r\ntitle: Tides\r\n...\r\nText',
      frontMatter: { ...NONE, title: 'Tides' },
      body: 'Text',
    },
    {
      name: 'a folded block and a list of authors',
      text: '---\ntitle: >\n  Folded\n  over two lines\nauthor:\n  - A. Rahman\n  - B. Okafor\n---\nText',
      frontMatter: { ...NONE, title: 'Folded over two lines', author: 'A. Rahman, B. Okafor' },
      body: 'Text',
    },
    {
      name: 'escapes in double quotes, as YAML reads them',
      text: '---\ntitle: "Caf\\u00e9 \\tx"\n---\nText',
      frontMatter: { ...NONE, title: 'Café x' },
      body: 'Text',
    },
    {
      name: 'a date stays as written, a number becomes its text',
      text: '---\ntitle: 1984\ndate: 2025-03-14T09:30:00Z\n---\nText',
      frontMatter: { ...NONE, title: '1984', date: '2025-03-14T09:30:00Z' },
      body: 'Text',
    },
    {
      name: 'maps and empty values give nothing',
      text: '---\ntitle: { main: x }\nauthor:\nsource: []\n---\nText',
      frontMatter: NONE,
      body: 'Text',
    },
    {
      name: 'broken YAML is left in the text',
      text: '---\ntitle: a: b\n---\nText',
      frontMatter: NONE,
      body: '---\ntitle: a: b\n---\nText',
    },
    {
      name: 'keys named like Object properties are not inherited',
      text: '---\ntoString: x\n---\nText',
      frontMatter: NONE,
      body: 'Text',
    },
    { name: 'no front matter', text: '# Title\n\nText', frontMatter: NONE, body: '# Title\n\nText' },
    { name: 'front matter that never ends', text: '---\ntitle: Open\n\nText', frontMatter: NONE, body: '---\ntitle: Open\n\nText' },
    {
      name: 'a rule, a line and a setext underline (not YAML)',
      text: '---\nJust a line\n---\nText',
      frontMatter: NONE,
      body: '---\nJust a line\n---\nText',
    },
    { name: 'a fence not at the start', text: 'Intro\n---\ntitle: x\n---\n', frontMatter: NONE, body: 'Intro\n---\ntitle: x\n---\n' },
  ])('$name', ({ text, frontMatter, body }) => {
    expect(splitFrontMatter(text)).toEqual({ frontMatter, body });
  });
});
