// The re-anchoring the article worker does when it starts, to warm up: it must take every
// way the anchoring can go, so that each is compiled before the first real update.

import { describe, expect, it } from 'vitest';
import { warmUpAnchoring } from '../../../../host/article-loading/anchoring-warm-up';

describe('warmUpAnchoring', () => {
  it('moves most claims by their exact quote, finds three by a fuzzy match and orphans the three of the removed paragraph', () => {
    expect(warmUpAnchoring()).toEqual({ unchanged: 0, moved: 30, fuzzy: 3, orphaned: 3 });
  });
});
