// Finds a Chromium for the browser-host end-to-end run, in this order: the
// CLAIMMARK_CHROMIUM environment variable, Playwright's own browser install, a system
// Chromium or Chrome. Without one, the run stops with a message saying what to install.

import { existsSync } from 'node:fs';

export interface BrowserChoice {
  executablePath: string;
  /** Where it was found, for the run's log. */
  origin: 'environment' | 'playwright' | 'system';
}

export const BROWSER_ENV_VAR = 'CLAIMMARK_CHROMIUM';

export const SYSTEM_BROWSER_PATHS: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
  ],
};

export interface BrowserSearch {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Playwright's idea of its own Chromium (it may not be installed). */
  playwrightPath: () => string;
  exists: (path: string) => boolean;
}

export function findBrowser(search: BrowserSearch): BrowserChoice {
  const fromEnv = search.env[BROWSER_ENV_VAR];
  if (fromEnv) {
    if (!search.exists(fromEnv)) {
      throw new Error(`${BROWSER_ENV_VAR} is set to "${fromEnv}", but no file is there.`);
    }
    return { executablePath: fromEnv, origin: 'environment' };
  }
  let playwrightPath = '';
  try {
    playwrightPath = search.playwrightPath();
  } catch {
    // Playwright knows no browser for this platform; look further.
  }
  if (playwrightPath && search.exists(playwrightPath)) return { executablePath: playwrightPath, origin: 'playwright' };
  const system = (SYSTEM_BROWSER_PATHS[search.platform] ?? []).find((path) => search.exists(path));
  if (system !== undefined) return { executablePath: system, origin: 'system' };
  throw new Error(
    [
      'No Chromium or Chrome was found for the end-to-end tests.',
      `Set ${BROWSER_ENV_VAR} to a Chromium/Chrome executable, or install one:`,
      '  Debian/Ubuntu: apt-get install -y chromium',
      '  or, with internet access: npx playwright install chromium',
    ].join('\n'),
  );
}

export function defaultBrowserSearch(playwrightPath: () => string): BrowserSearch {
  return { env: process.env, platform: process.platform, playwrightPath, exists: existsSync };
}
