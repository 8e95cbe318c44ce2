import { describe, expect, it } from 'vitest';
import { InlineText, type LinkTarget, NO_MARKS, preformattedText, withMark } from '../../../../host/article-loading/inline-text';

type Piece = string | [string, LinkTarget];

function finish(pieces: Piece[]): ReturnType<InlineText['finish']> {
  const text = new InlineText();
  for (const piece of pieces) {
    if (typeof piece === 'string') text.append(piece);
    else text.append(piece[0], piece[1]);
  }
  return text.finish();
}

const A: LinkTarget = { href: 'https://a.example/' };
const B: LinkTarget = { href: 'https://b.example/' };

describe('InlineText', () => {
  it.each([
    { name: 'runs of spaces, tabs and newlines', pieces: ['  One\t\ttwo\n\n three  '], text: 'One two three' },
    { name: 'no-break and ideographic spaces', pieces: ['One\u00A0two\u3000three'], text: 'One two three' },
    { name: 'space split across pieces', pieces: ['One ', ' ', ' two'], text: 'One two' },
    { name: 'words across pieces without space', pieces: ['bold', 'face'], text: 'boldface' },
    { name: 'only whitespace', pieces: [' \n\t '], text: '' },
    { name: 'decomposed accents, composed (NFC)', pieces: ['Cafe\u0301 Ame\u0301lie'], text: 'Café Amélie' },
    { name: 'CJK, emoji and a family emoji', pieces: ['東京 🌸 ', '👩‍👩‍👧'], text: '東京 🌸 👩‍👩‍👧' },
  ])('collapses and trims: $name', ({ pieces, text }) => {
    expect(finish(pieces)).toEqual({ text, links: [], marks: [] });
  });

  it.each([
    { name: 'a link in the middle', pieces: ['Read ', ['the report', A], ' now'] as Piece[], ranges: [['the report', A.href]] },
    { name: 'one link over several pieces', pieces: ['See ', ['the ', A], ['full', A], [' report', A], '.'] as Piece[], ranges: [['the full report', A.href]] },
    { name: 'two links side by side', pieces: [['one', A], ' ', ['two', B]] as Piece[], ranges: [['one', A.href], ['two', B.href]] },
    { name: 'a link padded with spaces keeps only its words', pieces: ['Go', ['  here  ', A], 'now'] as Piece[], ranges: [['here', A.href]] },
    { name: 'a link of only whitespace is dropped', pieces: ['Go ', [' ', A], 'now'] as Piece[], ranges: [] },
    { name: 'a link after composed accents', pieces: ['Cafe\u0301 and cre\u0300me ', ['bru\u0302le\u0301e', A]] as Piece[], ranges: [['brûlée', A.href]] },
  ])('keeps link ranges on the final text: $name', ({ pieces, ranges }) => {
    const { text, links } = finish(pieces);
    expect(links.map((link) => [text.slice(link.start, link.end), link.href])).toEqual(ranges);
  });

  const BOLD = withMark(NO_MARKS, 'strong');
  const BOLD_ITALIC = withMark(BOLD, 'emphasis');
  const CODE = withMark(NO_MARKS, 'code');

  it.each([
    { name: 'a bold word in the middle', pieces: [['Read ', NO_MARKS], ['this', BOLD], [' now', NO_MARKS]] as const, marks: [['strong', 'this']] },
    { name: 'bold over several pieces, italic inside it', pieces: [['very ', BOLD], ['much', BOLD_ITALIC], [' so', BOLD]] as const, marks: [['strong', 'very much so'], ['emphasis', 'much']] },
    { name: 'two code words apart from each other', pieces: [['a()', CODE], [' and ', NO_MARKS], ['b()', CODE]] as const, marks: [['code', 'a()'], ['code', 'b()']] },
    { name: 'padding spaces are not marked', pieces: [['Go', NO_MARKS], ['  here  ', BOLD], ['now', NO_MARKS]] as const, marks: [['strong', 'here']] },
    { name: 'a mark inside a word', pieces: [['bold', BOLD], ['face', NO_MARKS]] as const, marks: [['strong', 'bold']] },
  ])('keeps marks on the final text: $name', ({ pieces, marks }) => {
    const inline = new InlineText();
    for (const [text, kinds] of pieces) inline.append(text, null, kinds);
    const finished = inline.finish();
    expect(finished.marks.map((mark) => [mark.kind, finished.text.slice(mark.start, mark.end)])).toEqual(marks);
  });

  it('is blank until it has something other than whitespace', () => {
    const text = new InlineText();
    expect(text.isBlank()).toBe(true);
    text.append(' \n');
    expect(text.isBlank()).toBe(true);
    text.append('a');
    expect(text.isBlank()).toBe(false);
  });
});

describe('preformattedText', () => {
  it.each([
    { name: 'keeps indentation and inner blank lines', raw: 'if (a) {\n  b();\n\n  c();\n}', text: 'if (a) {\n  b();\n\n  c();\n}' },
    { name: 'drops blank lines around the code', raw: '\n\n  x = 1\n\n', text: '  x = 1' },
    { name: 'drops trailing spaces and CRLF', raw: 'a  \r\nb\t\r\n', text: 'a\nb' },
    { name: 'composes accents', raw: 'cafe\u0301', text: 'café' },
    { name: 'nothing but whitespace', raw: ' \n \n', text: '' },
  ])('$name', ({ raw, text }) => {
    expect(preformattedText(raw)).toBe(text);
  });
});
