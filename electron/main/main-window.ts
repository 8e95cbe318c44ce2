// Makes the main window. Its security settings are written out literally in the one call
// that creates it, so they can be read here, checked by a unit test of that call, and seen
// by Electronegativity's static checks.

import { BrowserWindow } from 'electron';

export function newMainWindow(preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
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
