import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownLine, escapeMarkdownLines } from '../../../../shared/export/markdown-escape';
import { buildMarkdownReport } from '../../../../shared/export/markdown-report';
import { EXPORTED_AT, LIBRARY, MAIN_ARTICLE, MAIN_ONLY, WEB_ARTICLE, claimOf, uuid } from './exchange-fixture';

const EXPECTED = readFileSync(new URL('../../../fixtures/exchange/report.expected.md', import.meta.url), 'utf8');
const report = buildMarkdownReport({ articles: MAIN_ONLY, exportedAt: EXPORTED_AT });

function html(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

describe('buildMarkdownReport', () => {
  it('writes the report in tests/fixtures/exchange/report.expected.md', () => {
    expect(report).toBe(EXPECTED);
  });

  it('reads the same in strict CommonMark, without tables: the counts by status are a list', () => {
    const strict = marked.parse(report, { async: false, gfm: false });
    expect(strict).not.toContain('| Status');
    expect(strict).toContain(
      '<ul>\n<li>Unverified: 2</li>\n<li>In progress: 1</li>\n<li>Verified: 1</li>\n<li>False: 1</li>\n<li>Misleading: 1</li>\n<li>Inconclusive: 1</li>\n</ul>',
    );
  });

  it('renders with links only to the evidence, and no HTML, image or heading from user text', () => {
    const rendered = html(report);
    const links = [...rendered.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);
    expect(links).toEqual([
      'https://www.ons.gov.uk/employment/may-2025',
      'https://example.org/blog?id=7&amp;lang=en',
      'https://stats.example.org/unemployment-1974',
    ]);
    expect(rendered).not.toMatch(/<script|<img|href="javascript/);
    expect(rendered.match(/<h1>/g)).toHaveLength(1);
    expect(rendered).not.toMatch(/<h1>Not a heading/);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(rendered).toContain('# Not a heading<br>1. not a list &amp; no entity &amp;amp;');
  });

  it('separates the articles of a library, and links an article’s web address', () => {
    const library = buildMarkdownReport({ articles: LIBRARY, exportedAt: EXPORTED_AT });
    const [first, second, ...rest] = library.split('\n\n---\n\n');
    expect(rest).toEqual([]);
    expect(`${first ?? ''}\n`).toBe(EXPECTED);
    expect(second).toMatch(/^# Jobs report: what the numbers say\n\n- \*\*Source:\*\* \[https\\:\/\/news\.example\.com\/2025\/06\/jobs-report\]\(<https:\/\/news\.example\.com\/2025\/06\/jobs-report>\)\n/);
    expect(second).toContain('\n\n1 of 2 claims checked.\n\n');
    expect(second).toContain('- **Published:** Monday\n');
    expect(second).not.toContain('**Byline:**');
    expect(second).toContain('\n\n- **Claimant:** Analyst Group (Organisation)\n- **Tags:** forecast\n\n');
    expect(html(library).match(/<hr>/g)).toHaveLength(1);
  });

  it('says so when an article has no claims, and counts a single claim in the singular', () => {
    expect(buildMarkdownReport({ articles: [{ article: WEB_ARTICLE, claims: [] }], exportedAt: EXPORTED_AT })).toContain(
      '## Progress\n\nNo claims yet.\n',
    );
    const claim = claimOf(WEB_ARTICLE, uuid(70), 'Others disagree', { status: 'false', created: EXPORTED_AT });
    expect(buildMarkdownReport({ articles: [{ article: WEB_ARTICLE, claims: [claim] }], exportedAt: EXPORTED_AT })).toContain('1 of 1 claim checked.');
  });

  it('keeps a title, claimant or tag with Markdown in it as plain text', () => {
    const article = { ...MAIN_ARTICLE, title: '<img src=x onerror=alert(1)> [Breaking](https://evil.example)', byline: null, publishedTime: null };
    const claim = claimOf(article, uuid(71), 'Critics say', { claimant: '**Boss** <b>', tags: ['<b>bold</b>', '[x](https://evil.example)'], created: EXPORTED_AT });
    const rendered = html(buildMarkdownReport({ articles: [{ article, claims: [claim] }], exportedAt: EXPORTED_AT }));
    expect(rendered).toContain('<h1>&lt;img src=x onerror=alert(1)&gt; [Breaking](https://evil.example)</h1>');
    expect(rendered).toContain('<strong>Claimant:</strong> **Boss** &lt;b&gt;');
    expect(rendered).toContain('<strong>Tags:</strong> &lt;b&gt;bold&lt;/b&gt;, [x](https://evil.example)');
    expect(rendered).not.toMatch(/<a |<img|<b>/);
  });
});

describe('escapeMarkdownLine', () => {
  const cases: { text: string; escaped: string; rendered: string }[] = [
    { text: 'plain words, 3.9% and “quotes”', escaped: 'plain words, 3.9% and “quotes”', rendered: 'plain words, 3.9% and “quotes”' },
    { text: '*bold* _em_ `code` ~strike~', escaped: '\\*bold\\* \\_em\\_ \\`code\\` \\~strike\\~', rendered: '*bold* _em_ `code` ~strike~' },
    { text: '[link](https://x.example)', escaped: '\\[link\\](https\\://x.example)', rendered: '[link](https://x.example)' },
    { text: '<b>html</b> &amp;', escaped: '\\<b\\>html\\</b\\> \\&amp;', rendered: '&lt;b&gt;html&lt;/b&gt; &amp;amp;' },
    { text: 'www.example.com a@b.example', escaped: 'www\\.example.com a\\@b.example', rendered: 'www.example.com a@b.example' },
    { text: '# heading', escaped: '\\# heading', rendered: '# heading' },
    { text: '> quote', escaped: '\\> quote', rendered: '&gt; quote' },
    { text: '- item', escaped: '\\- item', rendered: '- item' },
    { text: '+ item', escaped: '\\+ item', rendered: '+ item' },
    { text: '12. item', escaped: '12\\. item', rendered: '12. item' },
    { text: '3) item', escaped: '3\\) item', rendered: '3) item' },
    { text: '===', escaped: '\\===', rendered: '===' },
    { text: '| a | b |', escaped: '\\| a \\| b \\|', rendered: '| a | b |' },
    { text: 'back\\slash', escaped: 'back\\\\slash', rendered: 'back\\slash' },
    { text: '        indented code', escaped: 'indented code', rendered: 'indented code' },
  ];

  it.each(cases)('escapes $text', ({ text, escaped, rendered }) => {
    expect(escapeMarkdownLine(text)).toBe(escaped);
    expect(html(escaped)).toBe(`<p>${rendered}</p>\n`);
  });

  it('splits text into escaped lines, blank lines empty', () => {
    expect(escapeMarkdownLines('a *b*\r\n\n  \n# c')).toEqual(['a \\*b\\*', '', '', '\\# c']);
  });
});
