// The window's state file in a real temporary user-data folder: written, read back, and a
// damaged or hand-edited file means the default window, never a failed start.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WindowState } from '../../../../electron/main/window-placement';
import { WindowStateFile, windowStatePath } from '../../../../electron/main/window-state-file';
import { makeTempDir, removeDir } from '../../support/library-fixture';

const SAVED: WindowState = { version: 1, bounds: { x: 1940, y: 30, width: 1400, height: 900 }, maximized: true, fullScreen: false };

describe('WindowStateFile', () => {
  let userData: string;
  let path: string;

  beforeEach(async () => {
    userData = await makeTempDir('window-state');
    path = windowStatePath(userData);
  });

  afterEach(async () => {
    await removeDir(userData);
  });

  it('lives in the user-data folder as window-state.json', () => {
    expect(path).toBe(join(userData, 'window-state.json'));
  });

  it('reads nothing, and says nothing, before the first save', async () => {
    expect(await new WindowStateFile(path).read()).toEqual({ state: null, problem: null });
  });

  it('reads back what it wrote, as readable JSON, with a .bak copy', async () => {
    await new WindowStateFile(path).write(SAVED);
    expect(await new WindowStateFile(path).read()).toEqual({ state: SAVED, problem: null });
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toEqual(SAVED);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(text);
  });

  it.each([
    ['empty', '', '<path> is damaged: the file is empty'],
    ['cut short', '{"version":1,"bounds":{"x":', '<path> is damaged: the file is not valid JSON'],
    ['hand-edited to a wrong shape', '{"version":1,"bounds":{"x":"left","y":0,"width":800,"height":600},"maximized":false,"fullScreen":false}', '<path> does not hold a window size and position'],
    ['another program’s JSON', '[1, 2, 3]', '<path> does not hold a window size and position'],
  ])('a file that is %s: the default window, and the reason', async (_name, content, problem) => {
    await writeFile(path, content);
    const read = await new WindowStateFile(path).read();
    expect(read.state).toBeNull();
    const expected = problem.replace('<path>', path);
    expect(read.problem?.slice(0, expected.length)).toBe(expected);
  });

  it('a damaged file with a good .bak beside it: the .bak, and the reason the file was not used', async () => {
    await new WindowStateFile(path).write(SAVED);
    await writeFile(path, '\u0000\u0000\u0000');
    expect(await new WindowStateFile(path).read()).toEqual({ state: SAVED, problem: `${path} is damaged: the file holds binary data` });
  });

  it('a damaged file is replaced by the next save', async () => {
    await writeFile(path, 'not json');
    const file = new WindowStateFile(path);
    await file.write(SAVED);
    expect(await file.read()).toEqual({ state: SAVED, problem: null });
  });
});
