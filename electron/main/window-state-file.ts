// The window's state on disk: window-state.json in the app's user-data folder, written
// durably (temporary file, fsync, rename) with a `.bak` copy, like the library's files.

import { join } from 'node:path';
import { backupPath, DurableJsonFile, nodeFileSystem, type DurableFileSystem } from '../../host/library/durable-json-file';
import { parseWindowState, type WindowState } from './window-placement';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, WINDOW_STATE_FILE_NAME);
}

export interface WindowStateRead {
  /** The saved state, or null: the window then opens at its default size. */
  state: WindowState | null;
  /** Why the file was not used, when it was there but unreadable or not a window state. */
  problem: string | null;
}

export class WindowStateFile {
  private readonly file: DurableJsonFile<WindowState>;
  private readonly backup: DurableJsonFile<unknown>;

  constructor(path: string, fs: DurableFileSystem = nodeFileSystem) {
    this.file = new DurableJsonFile<WindowState>(path, fs);
    this.backup = new DurableJsonFile<unknown>(backupPath(path), fs);
  }

  /** Never throws: a missing, damaged or hand-edited file means the defaults. */
  async read(): Promise<WindowStateRead> {
    const main = await readState(this.file);
    if (main.state !== null || main.problem === null) return main;
    const backup = await readState(this.backup);
    return { state: backup.state, problem: main.problem };
  }

  write(state: WindowState): Promise<void> {
    return this.file.write(state);
  }
}

async function readState(file: DurableJsonFile<unknown>): Promise<WindowStateRead> {
  let value: unknown;
  try {
    value = await file.read();
  } catch (error) {
    return { state: null, problem: error instanceof Error ? error.message : String(error) };
  }
  if (value === null) return { state: null, problem: null };
  const state = parseWindowState(value);
  return { state, problem: state === null ? `${file.path} does not hold a window size and position` : null };
}
