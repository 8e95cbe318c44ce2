import { describe, expect, it } from 'vitest';
import { JsonList, JsonRecord, jsonChunks, materialize, type Streamable } from '../../../../shared/export/json-chunks';

interface Shelf {
  name: string;
  note?: string;
  books: { title: string; tags: string[] }[];
}

const shelf = (books: Shelf['books']): Streamable<Shelf> =>
  new JsonRecord<Shelf>({ name: 'Desk', note: undefined, books: JsonList.of(() => books, (book) => book) });

const text = (value: Streamable<unknown>) => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  const cases: { name: string; value: Streamable<unknown>; expected: string }[] = [
    { name: 'an empty list', value: new JsonList<number>(() => []), expected: '[]\n' },
    { name: 'an empty record', value: new JsonRecord<{ a?: number }>({ a: undefined }), expected: '{}\n' },
    { name: 'a list of numbers', value: new JsonList<number>(() => [1, 2]), expected: '[\n  1,\n  2\n]\n' },
    { name: 'a plain value', value: { a: [1, { b: 'x\ny' }] }, expected: '{\n  "a": [\n    1,\n    {\n      "b": "x\\ny"\n    }\n  ]\n}\n' },
    {
      name: 'a record holding a list of objects, a field left out',
      value: shelf([{ title: 'Dune', tags: ['sf'] }, { title: 'Emma', tags: [] }]),
      expected: [
        '{',
        '  "name": "Desk",',
        '  "books": [',
        '    {',
        '      "title": "Dune",',
        '      "tags": [',
        '        "sf"',
        '      ]',
        '    },',
        '    {',
        '      "title": "Emma",',
        '      "tags": []',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'records inside a list, between plain items',
      value: new JsonList<unknown>(() => [0, new JsonRecord<{ list: number[] }>({ list: new JsonList<number>(() => [7]) }), 'end']),
      expected: '[\n  0,\n  {\n    "list": [\n      7\n    ]\n  },\n  "end"\n]\n',
    },
  ];

  it.each(cases)('writes $name as JSON.stringify(…, null, 2) does, with a final newline', ({ value, expected }) => {
    expect(text(value)).toBe(expected);
  });

  it('writes a long list in several pieces that join to JSON.stringify’s text', () => {
    const books = Array.from({ length: 37 }, (_, index) => ({ title: `Book ${index}`, tags: index % 2 === 0 ? ['even'] : [] }));
    const chunks = [...jsonChunks(shelf(books))];
    expect(chunks.join('')).toBe(`${JSON.stringify({ name: 'Desk', books }, null, 2)}\n`);
    // 37 items at 16 a piece: three pieces of items, besides the record's own.
    expect(chunks.filter((chunk) => chunk.includes('"title"'))).toHaveLength(3);
  });

  it('makes the items only as they are written, and again each time the list is read', () => {
    let made = 0;
    const list = JsonList.of(
      () => [1, 2, 3],
      (n) => {
        made += 1;
        return n * 10;
      },
    );
    const pieces = jsonChunks(list);
    expect(made).toBe(0);
    pieces.next();
    expect(made).toBe(3);
    expect(text(list)).toBe('[\n  10,\n  20,\n  30\n]\n');
    expect(made).toBe(6);
  });

  it('passes on an error from an item, after the pieces before it', () => {
    const list = new JsonList<number>(function* () {
      yield 1;
      throw new Error('bad claim');
    });
    expect(() => text(list)).toThrow('bad claim');
  });
});

describe('materialize', () => {
  it('turns every JsonList into an array and every JsonRecord into an object', () => {
    expect(materialize(shelf([{ title: 'Dune', tags: ['sf'] }]))).toEqual({ name: 'Desk', books: [{ title: 'Dune', tags: ['sf'] }] });
    expect(materialize(new JsonList<number[]>(() => [new JsonList<number>(() => [1]), [2]]))).toEqual([[1], [2]]);
  });
});
