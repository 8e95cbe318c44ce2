// Which article files a command line names: `claimmark path/to/article.html`. In a
// packaged app argv is [exe, ...args]; unpacked it is [electron, appPath, ...args].
// Switches (anything starting with "-") are Chromium's or Electron's, never files.

import { isAbsolute, resolve } from 'node:path';

export function filesFromCommandLine(argv: readonly string[], options: { isPackaged: boolean; cwd: string }): string[] {
  const args = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  const files = options.isPackaged ? args : args.slice(1);
  return files.map((file) => (isAbsolute(file) ? file : resolve(options.cwd, file)));
}
