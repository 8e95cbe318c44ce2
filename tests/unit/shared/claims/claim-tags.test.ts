import { describe, expect, it } from 'vitest';
import { addTag, hasTag, removeTag, tagsIn, type TagAddition } from '../../../../shared/claims/claim-tags';
import { tagsSchema } from '../../../../shared/model';

describe('addTag', () => {
  const cases: { name: string; tags: string[]; typed: string; result: TagAddition }[] = [
    { name: 'a first tag', tags: [], typed: 'economy', result: { kind: 'added', tags: ['economy'] } },
    { name: 'a tag at the end, trimmed', tags: ['economy'], typed: '  Labour market \t', result: { kind: 'added', tags: ['economy', 'Labour market'] } },
    { name: 'a tag in another script', tags: [], typed: 'اقتصاد', result: { kind: 'added', tags: ['اقتصاد'] } },
    { name: 'nothing typed', tags: ['economy'], typed: '   ', result: { kind: 'refused', reason: 'Type a tag first.' } },
    { name: 'the same tag in another case', tags: ['Economy'], typed: 'economy', result: { kind: 'refused', reason: 'The claim is already tagged “Economy”.' } },
    { name: 'a tag with a line break', tags: [], typed: 'eco\nnomy', result: { kind: 'refused', reason: 'A tag cannot hold line breaks.' } },
    { name: 'a tag of 101 characters', tags: [], typed: 'x'.repeat(101), result: { kind: 'refused', reason: 'A tag has at most 100 characters (this one has 101).' } },
    {
      name: 'a 51st tag',
      tags: Array.from({ length: 50 }, (_, index) => `tag ${index + 1}`),
      typed: 'one more',
      result: { kind: 'refused', reason: 'A claim has at most 50 tags.' },
    },
  ];
  it.each(cases)('$name', ({ tags, typed, result }) => {
    expect(addTag(tags, typed)).toEqual(result);
  });

  it('gives only tag lists the model accepts', () => {
    const added = addTag(['economy'], ' health ');
    expect(added.kind === 'added' && tagsSchema.safeParse(added.tags).success).toBe(true);
  });
});

describe('removeTag, hasTag, tagsIn', () => {
  it('removes one tag and keeps the others in order', () => {
    expect(removeTag(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(removeTag(['a', 'c'], 'x')).toEqual(['a', 'c']);
  });

  it('finds a tag whatever its case', () => {
    expect(hasTag(['Economy'], 'ECONOMY')).toBe(true);
    expect(hasTag(['Economy'], 'econ')).toBe(false);
  });

  it('lists each tag of the claims once, in the spelling first met, sorted', () => {
    expect(tagsIn([{ tags: ['health', 'Economy'] }, { tags: ['economy', 'budget'] }, { tags: [] }])).toEqual(['budget', 'Economy', 'health']);
  });
});
