import { describe, expect, it } from 'vitest';
import { inReadingOrder } from '../../../../shared/claims/reading-order';
import type { Claim } from '../../../../shared/model';
import { CHECKED, FELL_SELECTORS, GREW_SELECTORS } from './claim-fixture';

const claim = (id: string, selectors: Claim['selectors'], created: string): Claim => ({ ...CHECKED, id, selectors, created });
const WIDER = { ...GREW_SELECTORS, position: { ...GREW_SELECTORS.position, end: 30 } };

describe('reading order', () => {
  it('goes by start, then end, then creation time, then id, whatever order the claims come in', () => {
    const claims = [
      claim('claim-b', GREW_SELECTORS, '2025-06-01T09:00:00.000Z'),
      claim('claim-fell', FELL_SELECTORS, '2025-05-01T09:00:00.000Z'),
      claim('claim-wider', WIDER, '2025-05-01T09:00:00.000Z'),
      claim('claim-later', GREW_SELECTORS, '2025-06-01T09:00:01.000Z'),
      claim('claim-a', GREW_SELECTORS, '2025-06-01T09:00:00.000Z'),
      claim('claim-earlier', GREW_SELECTORS, '2025-05-31T23:59:59.999Z'),
    ];
    const expected = ['claim-earlier', 'claim-a', 'claim-b', 'claim-later', 'claim-wider', 'claim-fell'];
    expect(inReadingOrder(claims).map((each) => each.id)).toEqual(expected);
    expect(inReadingOrder([...claims].reverse()).map((each) => each.id)).toEqual(expected);
  });

  it('leaves the list it was given as it was', () => {
    const claims = [claim('claim-fell', FELL_SELECTORS, '2025-05-01T09:00:00.000Z'), claim('claim-a', GREW_SELECTORS, '2025-06-01T09:00:00.000Z')];
    inReadingOrder(claims);
    expect(claims.map((each) => each.id)).toEqual(['claim-fell', 'claim-a']);
  });
});
