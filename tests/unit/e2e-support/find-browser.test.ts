import { describe, expect, it } from 'vitest';
import { BROWSER_ENV_VAR, findBrowser, type BrowserSearch } from '../../e2e/support/find-browser';

const PLAYWRIGHT_CHROME = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

function search(overrides: Partial<BrowserSearch> & { present?: string[] }): BrowserSearch {
  const present = new Set(overrides.present ?? []);
  return {
    env: overrides.env ?? {},
    platform: overrides.platform ?? 'linux',
    playwrightPath: overrides.playwrightPath ?? (() => PLAYWRIGHT_CHROME),
    exists: (path) => present.has(path),
  };
}

describe('findBrowser', () => {
  it.each([
    {
      name: 'the environment variable wins over everything',
      given: search({ env: { [BROWSER_ENV_VAR]: '/opt/chrome/chrome' }, present: ['/opt/chrome/chrome', PLAYWRIGHT_CHROME, '/usr/bin/chromium'] }),
      expected: { executablePath: '/opt/chrome/chrome', origin: 'environment' },
    },
    {
      name: "Playwright's own install comes next",
      given: search({ present: [PLAYWRIGHT_CHROME, '/usr/bin/chromium'] }),
      expected: { executablePath: PLAYWRIGHT_CHROME, origin: 'playwright' },
    },
    {
      name: 'a system Chromium when Playwright has no browser installed',
      given: search({ present: ['/usr/bin/chromium'] }),
      expected: { executablePath: '/usr/bin/chromium', origin: 'system' },
    },
    {
      name: 'a system Chrome when there is no Chromium',
      given: search({ present: ['/usr/bin/google-chrome-stable'] }),
      expected: { executablePath: '/usr/bin/google-chrome-stable', origin: 'system' },
    },
    {
      name: 'Chrome on macOS',
      given: search({ platform: 'darwin', present: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'] }),
      expected: { executablePath: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', origin: 'system' },
    },
    {
      name: 'a system browser when Playwright knows no browser for the platform',
      given: search({
        playwrightPath: () => {
          throw new Error('not supported');
        },
        present: ['/usr/bin/chromium'],
      }),
      expected: { executablePath: '/usr/bin/chromium', origin: 'system' },
    },
  ])('$name', ({ given, expected }) => {
    expect(findBrowser(given)).toEqual(expected);
  });

  it('fails with a message naming what to install when nothing is found', () => {
    expect(() => findBrowser(search({ present: [] }))).toThrow(/^No Chromium or Chrome was found(?=[\s\S]*apt-get install -y chromium)(?=[\s\S]*CLAIMMARK_CHROMIUM)/);
  });

  it('fails when the environment variable names a missing file, instead of silently using another browser', () => {
    expect(() => findBrowser(search({ env: { [BROWSER_ENV_VAR]: '/nowhere/chrome' }, present: ['/usr/bin/chromium'] }))).toThrow(
      /CLAIMMARK_CHROMIUM is set to "\/nowhere\/chrome", but no file is there/,
    );
  });
});
