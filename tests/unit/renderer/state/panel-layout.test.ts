import { describe, expect, it } from 'vitest';
import { drawnWidths, type PanelLayout } from '../../../../renderer/src/state/panel-layout';

const layout = (library: number, claims: number, hidden: { library?: boolean; claims?: boolean } = {}): PanelLayout => ({
  library: { width: library, collapsed: hidden.library ?? false },
  claims: { width: claims, collapsed: hidden.claims ?? false },
});

describe('drawnWidths', () => {
  it.each<[string, PanelLayout, number, { library: number; claims: number }]>([
    ['the default layout fits a 1024 px window with 480 px for the article', layout(200, 320), 1024, { library: 200, claims: 320 }],
    ['a wide window draws the widths asked for', layout(300, 500), 1600, { library: 300, claims: 500 }],
    ['the wider panel gives way first', layout(200, 400), 1024, { library: 200, claims: 320 }],
    ['then the other, down to its minimum', layout(400, 400), 1024, { library: 340, claims: 180 }],
    ['never below the minimum, even if the article must give way', layout(200, 200), 800, { library: 180, claims: 180 }],
    ['a hidden panel takes no room', layout(300, 500, { library: true }), 1024, { library: 0, claims: 500 }],
  ])('%s', (_name, given, windowWidth, expected) => {
    expect(drawnWidths(given, windowWidth)).toEqual(expected);
  });
});
