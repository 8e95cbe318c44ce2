// Where the main window opens, against the displays there are now. Every expected rectangle
// is worked out by hand from the display's work area (the screen less task bar or menu bar).

import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow, type Rectangle, type WindowState } from '../../../../electron/main/window-placement';

// A 1920 × 1080 display with a 40 px task bar at the bottom.
const LAPTOP: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
// A second 2560 × 1440 display to its right, without a task bar.
const RIGHT: Rectangle = { x: 1920, y: 0, width: 2560, height: 1440 };
// A small 1366 × 768 display with a 28 px bar.
const SMALL: Rectangle = { x: 0, y: 0, width: 1366, height: 740 };

const saved = (bounds: Rectangle, flags: Partial<WindowState> = {}): WindowState => ({ version: 1, bounds, maximized: false, fullScreen: false, ...flags });

describe('placeWindow', () => {
  it.each([
    {
      name: 'no saved state: 1280 × 860 centred on the primary display',
      state: null,
      displays: { workAreas: [LAPTOP], primaryWorkArea: LAPTOP },
      bounds: { x: 320, y: 90, width: 1280, height: 860 },
    },
    {
      name: 'no saved state on a small display: shrunk to its work area',
      state: null,
      displays: { workAreas: [SMALL], primaryWorkArea: SMALL },
      bounds: { x: 43, y: 0, width: 1280, height: 740 },
    },
    {
      name: 'saved inside the display: exactly where it was',
      state: saved({ x: 100, y: 50, width: 1000, height: 700 }),
      displays: { workAreas: [LAPTOP], primaryWorkArea: LAPTOP },
      bounds: { x: 100, y: 50, width: 1000, height: 700 },
    },
    {
      name: 'saved on the second display, still there: exactly where it was',
      state: saved({ x: 2500, y: 200, width: 1600, height: 1000 }),
      displays: { workAreas: [LAPTOP, RIGHT], primaryWorkArea: LAPTOP },
      bounds: { x: 2500, y: 200, width: 1600, height: 1000 },
    },
    {
      name: 'saved at x=3000 on a display now unplugged: moved inside 0..1920',
      state: saved({ x: 3000, y: 100, width: 1280, height: 860 }),
      displays: { workAreas: [LAPTOP], primaryWorkArea: LAPTOP },
      bounds: { x: 640, y: 100, width: 1280, height: 860 },
    },
    {
      name: 'saved 2560 × 1440 on the unplugged display: shrunk to the laptop work area',
      state: saved({ x: 1920, y: 0, width: 2560, height: 1440 }),
      displays: { workAreas: [LAPTOP], primaryWorkArea: LAPTOP },
      bounds: { x: 0, y: 0, width: 1920, height: 1040 },
    },
    {
      name: 'saved above and left of every display: moved to its top-left corner',
      state: saved({ x: -5000, y: -3000, width: 900, height: 600 }),
      displays: { workAreas: [LAPTOP, RIGHT], primaryWorkArea: LAPTOP },
      bounds: { x: 0, y: 0, width: 900, height: 600 },
    },
    {
      name: 'saved far below the second display: onto the second, the nearer one',
      state: saved({ x: 3000, y: 5000, width: 900, height: 600 }),
      displays: { workAreas: [LAPTOP, RIGHT], primaryWorkArea: LAPTOP },
      bounds: { x: 3000, y: 840, width: 900, height: 600 },
    },
    {
      name: 'saved half off the bottom edge: pulled up onto the display',
      state: saved({ x: 200, y: 800, width: 1000, height: 700 }),
      displays: { workAreas: [LAPTOP], primaryWorkArea: LAPTOP },
      bounds: { x: 200, y: 340, width: 1000, height: 700 },
    },
    {
      name: 'across both displays, mostly on the second: moved wholly onto the second',
      state: saved({ x: 1620, y: 100, width: 1200, height: 800 }),
      displays: { workAreas: [LAPTOP, RIGHT], primaryWorkArea: LAPTOP },
      bounds: { x: 1920, y: 100, width: 1200, height: 800 },
    },
    {
      name: 'smaller than the minimum (hand-edited): grown to 720 × 480',
      state: saved({ x: 10, y: 10, width: 200, height: 100 }),
      displays: { workAreas: [LAPTOP], primaryWorkArea: LAPTOP },
      bounds: { x: 10, y: 10, width: 720, height: 480 },
    },
    {
      name: 'a work area smaller than the minimum: the minimum, at its corner',
      state: saved({ x: 300, y: 300, width: 1000, height: 700 }),
      displays: { workAreas: [{ x: 0, y: 0, width: 640, height: 452 }], primaryWorkArea: { x: 0, y: 0, width: 640, height: 452 } },
      bounds: { x: 0, y: 0, width: 720, height: 480 },
    },
  ])('$name', ({ state, displays, bounds }) => {
    expect(placeWindow(state, displays).bounds).toEqual(bounds);
  });

  it('keeps the maximised and full-screen flags of the saved state', () => {
    const state = saved({ x: 3000, y: 100, width: 1280, height: 860 }, { maximized: true, fullScreen: true });
    expect(placeWindow(state, { workAreas: [LAPTOP], primaryWorkArea: LAPTOP })).toEqual({
      version: 1,
      bounds: { x: 640, y: 100, width: 1280, height: 860 },
      maximized: true,
      fullScreen: true,
    });
  });

  it('opens on the primary display when no display is listed', () => {
    const state = saved({ x: 3000, y: 100, width: 1280, height: 860 });
    expect(placeWindow(state, { workAreas: [], primaryWorkArea: LAPTOP }).bounds).toEqual({ x: 640, y: 100, width: 1280, height: 860 });
  });
});

describe('parseWindowState', () => {
  const good = { version: 1, bounds: { x: -1920, y: 0, width: 1280, height: 860 }, maximized: true, fullScreen: false };

  it('reads a saved state, ignoring keys it does not know', () => {
    expect(parseWindowState({ ...good, theme: 'dark' })).toEqual(good);
  });

  it.each([
    ['nothing', null],
    ['a number', 42],
    ['an array', [good]],
    ['another version', { ...good, version: 2 }],
    ['no bounds', { version: 1, maximized: false, fullScreen: false }],
    ['a width as text', { ...good, bounds: { ...good.bounds, width: '1280' } }],
    ['a zero height', { ...good, bounds: { ...good.bounds, height: 0 } }],
    ['a negative width', { ...good, bounds: { ...good.bounds, width: -5 } }],
    ['a fractional x', { ...good, bounds: { ...good.bounds, x: 10.5 } }],
    ['an absurd x', { ...good, bounds: { ...good.bounds, x: 1e308 } }],
    ['maximised as text', { ...good, maximized: 'yes' }],
    ['full screen missing', { version: 1, bounds: good.bounds, maximized: false }],
  ])('refuses %s', (_name, value) => {
    expect(parseWindowState(value)).toBeNull();
  });
});
