// Records the host holds are frozen all the way down, and only what deepFreeze froze is known
// to be: the answers that reuse a record's checked or written form rely on that.

import { describe, expect, it } from 'vitest';
import { deepFreeze, isDeeplyFrozen } from '../../../../host/library/frozen-records';

describe('deepFreeze', () => {
  it('freezes the value and everything in it, so an edit in place throws', () => {
    const claim = deepFreeze({ id: 'c-1', tags: ['health'], selectors: { quote: { exact: 'two three' } } });
    expect(() => claim.tags.push('economy')).toThrow(TypeError);
    expect(() => Object.assign(claim.selectors.quote, { exact: 'four' })).toThrow(TypeError);
    expect(claim).toEqual({ id: 'c-1', tags: ['health'], selectors: { quote: { exact: 'two three' } } });
  });

  it('freezes what is inside an object that was frozen on its own before', () => {
    const inner = { exact: 'two three' };
    const outer = deepFreeze(Object.freeze({ quote: Object.freeze({ inner }) }));
    expect(() => Object.assign(inner, { exact: 'four' })).toThrow(TypeError);
    expect(isDeeplyFrozen(outer)).toBe(true);
  });
});

describe('isDeeplyFrozen', () => {
  it('is true only of values deepFreeze was given', () => {
    expect(isDeeplyFrozen(deepFreeze({ id: 'c-1' }))).toBe(true);
    expect(isDeeplyFrozen(Object.freeze({ id: 'c-2', tags: [] }))).toBe(false);
    expect(isDeeplyFrozen({ id: 'c-3' })).toBe(false);
    expect(isDeeplyFrozen(null)).toBe(false);
    expect(isDeeplyFrozen('c-4')).toBe(false);
  });
});
