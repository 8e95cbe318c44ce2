// Where `npx electron-builder` leaves the packaged app's executable on this platform: the
// unpacked folder it builds the installers from (dist/, see electron-builder.yml).

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist', import.meta.url));

/** Candidates per platform; macOS names its folder after the architecture (mac, mac-arm64, mac-universal). */
function candidates(platform: NodeJS.Platform): string[] {
  if (platform === 'win32') return [join(dist, 'win-unpacked', 'ClaimMark.exe')];
  if (platform === 'darwin') {
    const folders = existsSync(dist) ? readdirSync(dist).filter((name) => name === 'mac' || name.startsWith('mac-')) : [];
    return folders.map((folder) => join(dist, folder, 'ClaimMark.app', 'Contents', 'MacOS', 'ClaimMark'));
  }
  return [join(dist, 'linux-unpacked', 'claimmark')];
}

export type PackagedBinary = { found: true; executablePath: string } | { found: false; reason: string };

export function findPackagedBinary(platform: NodeJS.Platform = process.platform): PackagedBinary {
  const executablePath = candidates(platform).find((path) => existsSync(path));
  return executablePath === undefined
    ? { found: false, reason: 'no packaged build in dist/ (run "npx electron-builder" first)' }
    : { found: true, executablePath };
}
