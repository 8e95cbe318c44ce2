// What opening a file does when it is missing or damaged, and the typed errors for what it
// could not repair: callers tell them apart by class and fields, never by their wording.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api';
import { nodeFileSystem } from '../../../../host/library/durable-json-file';
import { MissingFileError, UnrepairableFileError, openCheckedFile, type StoreContext } from '../../../../host/library/file-recovery';
import { migrateLibraryFile, type LibraryFile } from '../../../../host/library/format-migrations';
import { makeTempDir, removeDir } from '../../support/library-fixture';

const GOOD = { format: 'claimmark-library', version: 5, sampleLoaded: true, articles: [], lastArticleId: null } satisfies LibraryFile;
const REBUILT = { ...GOOD, sampleLoaded: false } satisfies LibraryFile;

describe('openCheckedFile', () => {
  let dir: string;
  let path: string;
  let notices: string[];
  let context: StoreContext;

  beforeEach(async () => {
    dir = await makeTempDir('recovery');
    path = join(dir, 'library.json');
    notices = [];
    context = { fs: nodeFileSystem, now: () => new Date('2026-02-01T10:00:00.000Z'), notice: (message) => notices.push(message) };
  });

  afterEach(async () => {
    await removeDir(dir);
  });

  /** Opens `path` with no empty value, so a missing file counts. */
  function open(rebuild?: () => Promise<LibraryFile>): Promise<{ data: LibraryFile }> {
    return openCheckedFile(path, migrateLibraryFile, null, context, rebuild);
  }

  async function caught(promise: Promise<unknown>): Promise<unknown> {
    return promise.then(
      () => new Error('expected the open to fail'),
      (error: unknown) => error,
    );
  }

  it('is a MissingFileError, naming the file, when the file and its backup are gone', async () => {
    const error = await caught(open());
    expect(error).toBeInstanceOf(MissingFileError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'storage', path, message: `The file ${path} is missing.` });
    expect(notices).toEqual([]);
  });

  it('opens a missing file as its empty value when it has one', async () => {
    const db = await openCheckedFile(path, migrateLibraryFile, REBUILT, context);
    expect(db.data).toEqual(REBUILT);
    expect(await readdir(dir)).toEqual([]);
  });

  it('restores a missing file from its backup and says so', async () => {
    await writeFile(`${path}.bak`, JSON.stringify(GOOD));
    expect((await open()).data).toEqual(GOOD);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(GOOD);
    expect(notices).toEqual([`${path} was missing. It was restored from its backup copy.`]);
  });

  it('is an UnrepairableFileError with the reason and where the file went, when a damaged file has no backup and no rebuild', async () => {
    await writeFile(path, '');
    const keptAs = `${path}.damaged-2026-02-01T10-00-00-000Z`;
    const error = await caught(open());
    expect(error).toBeInstanceOf(UnrepairableFileError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: 'storage',
      path,
      reason: `${path} is damaged: the file is empty`,
      keptAs,
      message: `${path} was damaged (${path} is damaged: the file is empty) and has no usable backup. The damaged file was kept as ${keptAs}.`,
    });
    expect(await readdir(dir)).toEqual(['library.json.damaged-2026-02-01T10-00-00-000Z']);
    expect(notices).toEqual([]);
  });

  it('restores a damaged file from its backup, keeping the damaged one beside it', async () => {
    await writeFile(path, '{"hello": "world"}');
    await writeFile(`${path}.bak`, JSON.stringify(GOOD));
    expect((await open()).data).toEqual(GOOD);
    expect(await readFile(`${path}.damaged-2026-02-01T10-00-00-000Z`, 'utf8')).toBe('{"hello": "world"}');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.startsWith(`${path} was damaged (${path} is not a valid ClaimMark file:`)).toBe(true);
    expect(notices[0]?.endsWith(`). It was restored from its backup copy; the damaged file was kept as ${path}.damaged-2026-02-01T10-00-00-000Z.`)).toBe(true);
  });

  it('rebuilds a damaged file without a usable backup where it can', async () => {
    await writeFile(path, 'not json');
    await writeFile(`${path}.bak`, '\u0000');
    expect((await open(async () => REBUILT)).data).toEqual(REBUILT);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(REBUILT);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.startsWith(`${path} was damaged (${path} is damaged: the file is not valid JSON (`)).toBe(true);
    expect(notices[0]?.endsWith(`) and had no usable backup; it was rebuilt. The damaged file was kept as ${path}.damaged-2026-02-01T10-00-00-000Z.`)).toBe(true);
  });

  it('leaves a file from a newer ClaimMark as it is, as an error that is neither missing nor damaged', async () => {
    const newer = JSON.stringify({ ...GOOD, version: 9 });
    await writeFile(path, newer);
    const error = await caught(open(async () => REBUILT));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(MissingFileError);
    expect(error).not.toBeInstanceOf(UnrepairableFileError);
    expect(error).toMatchObject({
      code: 'storage',
      message: `${path} was written by a newer ClaimMark (format version 9); update ClaimMark to open it.`,
    });
    expect(await readFile(path, 'utf8')).toBe(newer);
    expect(await readdir(dir)).toEqual(['library.json']);
  });
});
