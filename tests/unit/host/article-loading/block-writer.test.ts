import { describe, expect, it } from 'vitest';
import { type BlockStyle, BlockWriter } from '../../../../host/article-loading/block-writer';

describe('BlockWriter', () => {
  it('keeps text written in one style in one block until the block ends', () => {
    const writer = new BlockWriter();
    const paragraph: BlockStyle = { kind: 'paragraph' };
    writer.write(paragraph, 'One ');
    writer.write(paragraph, 'block.');
    writer.end();
    writer.write(paragraph, 'Another.');
    expect(writer.finish()).toEqual([
      { kind: 'paragraph', text: 'One block.' },
      { kind: 'paragraph', text: 'Another.' },
    ]);
  });

  it('starts a new block when the style changes, even to an equal-looking one', () => {
    const writer = new BlockWriter();
    writer.write({ kind: 'list-item', level: 1, ordered: true }, 'First');
    writer.write({ kind: 'list-item', level: 1, ordered: true }, 'Second');
    writer.write({ kind: 'heading', level: 3 }, 'Heading');
    expect(writer.finish()).toEqual([
      { kind: 'list-item', level: 1, ordered: true, text: 'First' },
      { kind: 'list-item', level: 1, ordered: true, text: 'Second' },
      { kind: 'heading', level: 3, text: 'Heading' },
    ]);
  });

  it('splits a paragraph around an image caption', () => {
    const writer = new BlockWriter();
    const paragraph: BlockStyle = { kind: 'paragraph' };
    writer.write(paragraph, 'Before the picture.');
    writer.caption('  A harbour  at dawn ');
    writer.write(paragraph, 'After it.');
    expect(writer.finish()).toEqual([
      { kind: 'paragraph', text: 'Before the picture.' },
      { kind: 'caption', text: 'A harbour at dawn' },
      { kind: 'paragraph', text: 'After it.' },
    ]);
  });

  it.each([
    { name: 'an empty caption', write: (writer: BlockWriter) => writer.caption('  ') },
    { name: 'a block of whitespace', write: (writer: BlockWriter) => writer.write({ kind: 'quote' }, ' \n ') },
    { name: 'empty code', write: (writer: BlockWriter) => writer.preformatted('\n\n') },
  ])('writes no block for $name', ({ write }) => {
    const writer = new BlockWriter();
    write(writer);
    expect(writer.finish()).toEqual([]);
  });

  it('writes a caption once when the next caption repeats it', () => {
    const writer = new BlockWriter();
    writer.caption('Protesters in the square');
    writer.caption('Protesters in the square');
    writer.caption('Police nearby');
    expect(writer.finish().map((block) => block.text)).toEqual(['Protesters in the square', 'Police nearby']);
  });

  it('keeps links on the block and only when there are some', () => {
    const writer = new BlockWriter();
    const paragraph: BlockStyle = { kind: 'paragraph' };
    writer.write(paragraph, 'See ');
    writer.write(paragraph, 'the report', { href: 'https://a.example/r' });
    writer.write({ kind: 'paragraph' }, 'No links here.');
    expect(writer.finish()).toEqual([
      { kind: 'paragraph', text: 'See the report', links: [{ start: 4, end: 14, href: 'https://a.example/r' }] },
      { kind: 'paragraph', text: 'No links here.' },
    ]);
  });

  it('appends blocks made elsewhere after the open block', () => {
    const writer = new BlockWriter();
    writer.write({ kind: 'paragraph' }, 'Open.');
    writer.append([{ kind: 'quote', text: 'Made elsewhere.' }]);
    writer.preformatted('code()');
    expect(writer.finish().map((block) => block.kind)).toEqual(['paragraph', 'quote', 'preformatted']);
  });

  it.each([
    { name: 'between cells with text', cells: ['Party', 'Seats', 'Share'], text: 'Party | Seats | Share' },
    { name: 'not before a first empty cell', cells: ['', 'Seats'], text: 'Seats' },
    { name: 'not after a last empty cell', cells: ['Blue', ' ', ''], text: 'Blue' },
    { name: 'once over an empty middle cell', cells: ['Green', '', '12'], text: 'Green | 12' },
  ])('separates pieces only where text is on both sides: $name', ({ cells, text }) => {
    const writer = new BlockWriter();
    const row: BlockStyle = { kind: 'paragraph' };
    for (const cell of cells) {
      writer.separate(row, ' | ');
      writer.write(row, cell);
    }
    expect(writer.finish()).toEqual([{ kind: 'paragraph', text }]);
  });
});
