// The main window is made with the security settings of Electron's checklist. Electron
// cannot start here, so its BrowserWindow is replaced by one that records its options.

import { describe, expect, it, vi } from 'vitest';

const made: unknown[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: unknown) {
      made.push(options);
    }
  },
}));

const { newMainWindow } = await import('../../../../electron/main/main-window');

interface Options {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  minWidth?: number;
  minHeight?: number;
  show?: boolean;
  title?: string;
  webPreferences?: Record<string, unknown>;
}

describe('newMainWindow', () => {
  newMainWindow('/x/preload.cjs', { x: 2000, y: 40, width: 1100, height: 700 });
  const options = made[0] as Options;

  it('opens at the bounds it is given, and never smaller than 720 × 480', () => {
    expect(options).toMatchObject({ x: 2000, y: 40, width: 1100, height: 700, minWidth: 720, minHeight: 480 });
  });

  it('loads the given preload script', () => {
    expect(options.webPreferences?.preload).toBe('/x/preload.cjs');
  });

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['disableBlinkFeatures', 'Auxclick'],
  ] as const)('sets %s to %s', (setting, value) => {
    expect(options.webPreferences?.[setting]).toBe(value);
  });

  it('enables no Blink feature and no remote module', () => {
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(options.webPreferences).not.toHaveProperty('enableRemoteModule');
  });

  it('stays hidden until the page is ready, so the analyst never sees a blank window', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('ClaimMark');
  });
});
