import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, libraryDir } from '../../../host/default-data-dir';

const HOME = '/home/ana';

describe('defaultUserDataDir', () => {
  it.each([
    { name: 'Windows with APPDATA', platform: 'win32' as const, env: { APPDATA: '/roaming' }, dir: join('/roaming', 'ClaimMark') },
    {
      name: 'Windows without APPDATA',
      platform: 'win32' as const,
      env: {},
      dir: join(HOME, 'AppData', 'Roaming', 'ClaimMark'),
    },
    {
      name: 'macOS, whatever XDG_CONFIG_HOME says',
      platform: 'darwin' as const,
      env: { XDG_CONFIG_HOME: '/xdg' },
      dir: join(HOME, 'Library', 'Application Support', 'ClaimMark'),
    },
    { name: 'Linux with XDG_CONFIG_HOME', platform: 'linux' as const, env: { XDG_CONFIG_HOME: '/xdg' }, dir: join('/xdg', 'ClaimMark') },
    { name: 'Linux without XDG_CONFIG_HOME', platform: 'linux' as const, env: {}, dir: join(HOME, '.config', 'ClaimMark') },
    { name: 'Linux ignoring APPDATA', platform: 'linux' as const, env: { APPDATA: '/roaming' }, dir: join(HOME, '.config', 'ClaimMark') },
    { name: 'FreeBSD, as Linux', platform: 'freebsd' as const, env: {}, dir: join(HOME, '.config', 'ClaimMark') },
  ])('$name', ({ platform, env, dir }) => {
    expect(defaultUserDataDir(platform, env, HOME)).toBe(dir);
  });

  // An empty variable must count as unset (as the XDG spec and Electron have it); used as a
  // folder it would give the relative path "ClaimMark", and the two hosts different libraries.
  it.each([
    { name: 'Linux with an empty XDG_CONFIG_HOME', platform: 'linux' as const, env: { XDG_CONFIG_HOME: '' }, dir: join(HOME, '.config', 'ClaimMark') },
    { name: 'Windows with an empty APPDATA', platform: 'win32' as const, env: { APPDATA: '' }, dir: join(HOME, 'AppData', 'Roaming', 'ClaimMark') },
  ])('$name falls back to the home folder', ({ platform, env, dir }) => {
    expect(defaultUserDataDir(platform, env, HOME)).toBe(dir);
  });
});

describe('libraryDir', () => {
  it('is the "library" folder inside the user data folder', () => {
    expect(libraryDir(join(HOME, '.config', 'ClaimMark'))).toBe(join(HOME, '.config', 'ClaimMark', 'library'));
  });
});
