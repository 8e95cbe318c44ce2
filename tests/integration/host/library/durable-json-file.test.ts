// The storage adapter's promises, with the disk made to fail at each step (the fs boundary
// is replaced; a real read-only folder cannot be made as root).

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DamagedFileError,
  DurableJsonFile,
  backupPath,
  nodeFileSystem,
  type DurableFileSystem,
} from '../../../../host/library/durable-json-file';
import { makeTempDir, removeDir } from '../../support/library-fixture';

/** The real file system, recording each step, with `step` (if any) failing with `code`. */
function failing(step: keyof DurableFileSystem | null, code: string, calls: string[] = []): DurableFileSystem {
  const fail = () => Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }));
  return {
    ...nodeFileSystem,
    writeFileSynced: (path, content) => (calls.push(`write ${path}`), step === 'writeFileSynced' ? fail() : nodeFileSystem.writeFileSynced(path, content)),
    rename: (from, to) => (calls.push(`rename ${to}`), step === 'rename' ? fail() : nodeFileSystem.rename(from, to)),
    syncFolder: (path) => (calls.push(`sync ${path}`), step === 'syncFolder' ? fail() : nodeFileSystem.syncFolder(path)),
    mkdir: (path) => (step === 'mkdir' ? fail() : nodeFileSystem.mkdir(path)),
  };
}

describe('DurableJsonFile', () => {
  let dir: string;
  let path: string;

  beforeEach(async () => {
    dir = await makeTempDir('durable');
    path = join(dir, 'data.json');
  });

  afterEach(async () => {
    await removeDir(dir);
  });

  it('writes pretty JSON, keeps the same bytes as .bak, and leaves no temporary file', async () => {
    await new DurableJsonFile<{ a: number }>(path).write({ a: 1 });
    expect(await readFile(path, 'utf8')).toBe('{\n  "a": 1\n}\n');
    expect(await readFile(backupPath(path), 'utf8')).toBe('{\n  "a": 1\n}\n');
    expect((await readdir(dir)).sort()).toEqual(['data.json', 'data.json.bak']);
  });

  it('writes through a uniquely named temporary file, flushes it, renames it, then flushes the folder', async () => {
    const fsCalls: string[] = [];
    await new DurableJsonFile<number>(path, failing(null, '', fsCalls)).write(2);
    const [write, rename, sync] = fsCalls;
    expect(write).toMatch(new RegExp(`^write ${dir}/\\.data\\.json\\.\\d+\\.[0-9a-f]{12}\\.tmp$`));
    expect(rename).toBe(`rename ${path}`);
    expect(sync).toBe(`sync ${dir}`);
    const again: string[] = [];
    await new DurableJsonFile<number>(path, failing(null, '', again)).write(3);
    expect(again[0]).not.toBe(write);
  });

  it.each([
    ['the disk is full while writing', 'writeFileSynced', 'ENOSPC'],
    ['the folder is read-only', 'writeFileSynced', 'EROFS'],
    ['the rename is refused', 'rename', 'EACCES'],
  ] as const)('when %s: the write fails with the reason and the old file is untouched', async (_name, step, code) => {
    await new DurableJsonFile<{ v: number }>(path).write({ v: 1 });
    const before = await readFile(path, 'utf8');
    await expect(new DurableJsonFile<{ v: number }>(path, failing(step, code)).write({ v: 2 })).rejects.toMatchObject({ code });
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('recreates its folder when it was deleted while the app runs', async () => {
    const nested = join(dir, 'articles', 'a.json');
    const file = new DurableJsonFile<number>(nested);
    await file.write(1);
    await rm(join(dir, 'articles'), { recursive: true });
    await file.write(2);
    expect(await readFile(nested, 'utf8')).toBe('2\n');
  });

  it.each([
    ['empty', Buffer.alloc(0), /empty/],
    ['binary', Buffer.from([0x7b, 0x00, 0x01, 0x7d]), /binary/],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), /not UTF-8/],
    ['cut short', Buffer.from('{"claims": [1, 2'), /not valid JSON/],
  ])('reads a file that is %s as damaged, naming it', async (_name, bytes, reason) => {
    await writeFile(path, bytes);
    const error = await new DurableJsonFile(path).read().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DamagedFileError);
    expect((error as DamagedFileError).message).toMatch(reason);
    expect((error as DamagedFileError).path).toBe(path);
  });

  it('reads a missing file as null', async () => {
    await mkdir(dir, { recursive: true });
    expect(await new DurableJsonFile(path).read()).toBeNull();
  });
});
