// Makes the main window. Its security settings are written out literally in the one call
// that creates it, so they can be read here, checked by a unit test of that call, and seen
// by Electronegativity's static checks.

import { BrowserWindow } from 'electron';
import { MINIMUM_WINDOW_SIZE, type Rectangle } from './window-placement';

/** `bounds` come from placeWindow: the saved ones fitted to today's displays, or the defaults. */
export function newMainWindow(preloadPath: string, bounds: Rectangle): BrowserWindow {
  return new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
    title: 'ClaimMark',
    // Hidden until the page is ready, so the analyst never sees a blank window.
    show: false,
    backgroundColor: '#fbfaf7',
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK -- the preload exposes only the typed API (shared/api-methods.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
}
