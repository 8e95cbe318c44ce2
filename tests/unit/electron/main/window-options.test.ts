import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../electron/main/window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/x/preload.cjs');

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
  ] as const)('sets %s to %s', (setting, value) => {
    expect(options.webPreferences?.[setting]).toBe(value);
  });

  it('stays hidden until the page is ready, so the analyst never sees a blank window', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('ClaimMark');
  });
});
