// Overlapping claims must show darker: for every status, in both themes, text under two
// layers of its highlight differs from text under one by at least a 1.2:1 luminance ratio
// (the WCAG contrast formula, each layer composited over the page background).

import { describe, expect, it } from 'vitest';
import { composite, contrastRatio, overlapStep, relativeLuminance } from '../../../../shared/colour/highlight-contrast';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../../shared/statuses';

describe('the colour arithmetic', () => {
  it.each<[string, readonly [number, number, number], number]>([
    ['white', [255, 255, 255], 1],
    ['black', [0, 0, 0], 0],
    ['mid grey #777777', [119, 119, 119], 0.1845],
  ])('the luminance of %s', (_name, colour, expected) => {
    expect(relativeLuminance(colour)).toBeCloseTo(expected, 4);
  });

  it('white on black is 21:1, and a colour on itself 1:1', () => {
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 6);
    expect(contrastRatio([200, 10, 10], [200, 10, 10])).toBe(1);
  });

  it('mixes a layer over the page channel by channel', () => {
    expect(composite([255, 0, 100], 0.25, [0, 200, 100])).toEqual([63.75, 150, 100]);
  });
});

describe('overlap step of each status highlight', () => {
  const cases = CLAIM_STATUSES.flatMap((status) => (['light', 'dark'] as const).map((theme) => [status, theme] as const));
  it.each(cases)('%s in the %s theme is at least 1.2:1', (status, theme) => {
    expect(overlapStep(STATUS_INFO[status].color, theme)).toBeGreaterThanOrEqual(1.2);
  });
});
