import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromCommandLine } from '../../../../electron/main/command-line';

const CWD = resolve('/home/analyst/articles');

describe('filesFromCommandLine', () => {
  it.each([
    { name: 'packaged, one relative file', argv: ['/opt/ClaimMark/claimmark', 'story.html'], isPackaged: true, files: [resolve(CWD, 'story.html')] },
    { name: 'packaged, no file', argv: ['/opt/ClaimMark/claimmark'], isPackaged: true, files: [] },
    {
      name: 'packaged, switches are not files',
      argv: ['/opt/ClaimMark/claimmark', '--no-sandbox', '--enable-logging', 'a.txt', 'b.md'],
      isPackaged: true,
      files: [resolve(CWD, 'a.txt'), resolve(CWD, 'b.md')],
    },
    {
      name: 'unpacked: the app folder is not a file to open',
      argv: ['/usr/lib/electron/electron', '--inspect=0', '/src/claimmark', 'story.html'],
      isPackaged: false,
      files: [resolve(CWD, 'story.html')],
    },
    {
      name: 'an absolute path stays as it is',
      argv: ['/opt/ClaimMark/claimmark', resolve('/tmp/x.txt')],
      isPackaged: true,
      files: [resolve('/tmp/x.txt')],
    },
  ])('$name', ({ argv, isPackaged, files }) => {
    expect(filesFromCommandLine(argv, { isPackaged, cwd: CWD })).toEqual(files);
  });
});
