// A claim's tags and claimant type as the contract checks them: every answer, edit and file
// read goes through claimSchema, so a tag list the analyst could not have made is refused.

import { describe, expect, it } from 'vitest';
import { claimantTypeSchema, tagsSchema } from '../../../shared/model';

describe('tagsSchema', () => {
  it.each<[string, string[]]>([
    ['no tags', []],
    ['tags in any order and script', ['zebra', 'Économie', 'اقتصاد', 'follow-up', '🇺🇦 Ukraine']],
    ['a tag of 100 characters', ['x'.repeat(100)]],
    ['50 tags', Array.from({ length: 50 }, (_, index) => `tag ${index + 1}`)],
  ])('accepts %s', (_name, tags) => {
    expect(tagsSchema.parse(tags)).toEqual(tags);
  });

  it('refuses an empty tag', () => {
    expect(tagsSchema.safeParse(['']).error?.issues.map((issue) => issue.message)).toEqual([
      'Too small: expected string to have >=1 characters',
      'a tag has no spaces at its ends and no line breaks',
    ]);
  });

  it.each<[string, string[], string]>([
    ['a tag with a space at its end', ['economy '], 'a tag has no spaces at its ends and no line breaks'],
    ['a tag with a line break', ['eco\nnomy'], 'a tag has no spaces at its ends and no line breaks'],
    ['a tag of 101 characters', ['x'.repeat(101)], 'Too big: expected string to have <=100 characters'],
    ['51 tags', Array.from({ length: 51 }, (_, index) => `tag ${index + 1}`), 'Too big: expected array to have <=50 items'],
    ['one tag twice in two cases', ['Economy', 'ECONOMY'], 'a claim has each tag once (tags differing only in case are one tag)'],
  ])('refuses %s', (_name, tags, message) => {
    expect(tagsSchema.safeParse(tags).error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe('claimantTypeSchema', () => {
  it('knows a person, an organization, and not said', () => {
    expect(['person', 'organization', null].map((type) => claimantTypeSchema.safeParse(type).success)).toEqual([true, true, true]);
    expect(claimantTypeSchema.safeParse('Person').success).toBe(false);
  });
});
