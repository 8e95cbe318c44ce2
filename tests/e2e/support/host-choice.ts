// Which host the end-to-end specs run against: the real Electron app when its binary is
// present, otherwise the browser host in Chromium. CLAIMMARK_E2E_HOST=electron|browser
// forces one.

import { chromium } from '@playwright/test';
import { defaultBrowserSearch, findBrowser, type BrowserChoice } from './find-browser';
import { electronExecutable } from './electron-binary';

export type HostChoice =
  | { kind: 'electron'; executablePath: string; reason: string }
  | { kind: 'browser'; browser: BrowserChoice; reason: string };

export const HOST_ENV_VAR = 'CLAIMMARK_E2E_HOST';

export function chooseHost(env: NodeJS.ProcessEnv = process.env): HostChoice {
  const forced = env[HOST_ENV_VAR];
  if (forced !== undefined && forced !== 'electron' && forced !== 'browser') {
    throw new Error(`${HOST_ENV_VAR} must be "electron" or "browser", not "${forced}".`);
  }
  const electron = forced === 'browser' ? null : electronExecutable(env);
  if (electron !== null) {
    return { kind: 'electron', executablePath: electron, reason: forced ? `${HOST_ENV_VAR}=electron` : 'an Electron binary is installed' };
  }
  if (forced === 'electron') {
    throw new Error(`${HOST_ENV_VAR}=electron, but no Electron binary is installed (run "npx install-electron" with internet access).`);
  }
  return {
    kind: 'browser',
    browser: findBrowser(defaultBrowserSearch(() => chromium.executablePath())),
    reason: forced ? `${HOST_ENV_VAR}=browser` : 'no Electron binary is installed here',
  };
}

/** Which host, and why: "Electron (…); an Electron binary is installed". */
export function hostSummary(choice: HostChoice): string {
  return choice.kind === 'electron'
    ? `Electron (${choice.executablePath}); ${choice.reason}`
    : `the browser host in Chromium (${choice.browser.executablePath}, found via ${choice.browser.origin}); ${choice.reason}`;
}
