import { describe, expect, it } from 'vitest';
import { htmlNestingDepth, markdownNestingDepth } from '../../../../host/article-loading/nesting-depth';

describe('htmlNestingDepth', () => {
  it.each([
    { name: 'no tags', html: 'plain text', depth: 0 },
    { name: 'closed elements in a row', html: '<div>a</div><div><span>b</span></div>', depth: 2 },
    { name: 'elements whose end tag may be left out', html: '<html><body><p>a<p>b<p>c</body></html>', depth: 0 },
    { name: 'a list, each item counted with it', html: '<ul><li>a<ul><li>b</ul></ul>', depth: 4 },
    { name: 'a table, counted with its body, row and cell', html: '<table><tr><td><b>x</b></td></tr></table>', depth: 5 },
    { name: 'void elements', html: '<div><br><img src="a.png"><hr></div>', depth: 1 },
    { name: 'an end tag closing what was left open inside it', html: '<div><b><i></div><div>x</div>', depth: 3 },
    { name: 'an end tag with nothing open to close', html: '</div></div><span>x</span>', depth: 1 },
    { name: 'a ">" in a quoted attribute', html: '<div title="a > b"><span>x</span></div>', depth: 2 },
    { name: 'an apostrophe that quotes nothing', html: "<div don't><span>x</span></div>", depth: 2 },
    { name: 'tags in a comment', html: '<!-- <div><div><div> --><span>x</span>', depth: 1 },
    { name: 'tags in a script', html: '<script>"<div><div>"</script><span>x</span>', depth: 1 },
    { name: 'a doctype and capitals', html: '<!DOCTYPE html><DIV><Span>x</SPAN></div>', depth: 2 },
    { name: 'self-closing tags in SVG, but not in HTML', html: '<svg><path/><path/></svg><div/><div/>', depth: 2 },
  ])('$name: $depth', ({ html, depth }) => {
    expect(htmlNestingDepth(html)).toBe(depth);
  });

  it('reads 100,000 nested <b> (700 KB) one tag at a time', () => {
    const html = `<p>${'<b>'.repeat(100_000)}Loud.${'</b>'.repeat(100_000)}</p>`;
    let tags = 0;
    expect(htmlNestingDepth(html, (read) => (tags += read))).toBe(100_000);
    expect(tags).toBe(200_002);
  });

  it('reads 400 KB of "<script " with no ">" after them once', () => {
    let tags = 0;
    expect(htmlNestingDepth(`<div>x</div>${'<script '.repeat(50_000)}`, (read) => (tags += read))).toBe(1);
    // <div>, </div>, and the first "<script", whose tag runs to the end of the text.
    expect(tags).toBe(3);
  });
});

describe('markdownNestingDepth', () => {
  it.each([
    { name: 'plain paragraphs', markdown: '# Title\n\nText > more text, and 2 * 3.', depth: 0 },
    { name: 'an underscore inside a word, which could open emphasis', markdown: 'a snake_case name', depth: 1 },
    { name: 'a quote in a quote, with spaces', markdown: '> a\n> > b\n>  >   > c\n', depth: 3 },
    { name: 'a ">" later on the line', markdown: 'a > b > c', depth: 0 },
    { name: 'a list three levels deep', markdown: '- a\n  - b\n    1. c\n', depth: 3 },
    { name: 'indented text that is no list item', markdown: '        code -x\n', depth: 0 },
    { name: 'bold and italic', markdown: 'Some ***very*** __loud__ words.', depth: 3 },
    { name: 'a rule of stars or underscores', markdown: 'Above\n\n**********\n\n__________\n', depth: 0 },
    { name: 'emphasis 3,000 markers deep', markdown: `${'*'.repeat(3000)}Loud${'*'.repeat(3000)}`, depth: 3000 },
  ])('$name: $depth', ({ markdown, depth }) => {
    expect(markdownNestingDepth(markdown)).toBe(depth);
  });
});
