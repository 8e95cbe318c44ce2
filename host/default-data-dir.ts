// Where ClaimMark keeps its library when no folder is given: the "library" folder inside
// the per-user folder Electron names `userData` for an app called "ClaimMark". The browser
// host computes the same folder without Electron, so both hosts find the same files.

import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'ClaimMark';
export const LIBRARY_FOLDER_NAME = 'library';

export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  // An empty variable counts as unset, as the XDG spec says and Electron does.
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER_NAME);
}

export function libraryDir(userDataDir: string): string {
  return join(userDataDir, LIBRARY_FOLDER_NAME);
}
