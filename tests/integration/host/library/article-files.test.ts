import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleFiles } from '../../../../host/library/article-files';
import { nodeFileSystem } from '../../../../host/library/durable-json-file';
import { MissingFileError, UnrepairableFileError } from '../../../../host/library/file-recovery';
import { loadArticle } from '../../../../host/article-loading/load-article';
import { makeTempDir, removeDir } from '../../support/library-fixture';

describe('ArticleFiles', () => {
  let dataDir: string;
  let files: ArticleFiles;
  let notices: string[];

  beforeEach(async () => {
    dataDir = await makeTempDir('article-files');
    notices = [];
    files = articleFiles();
  });

  function articleFiles(): ArticleFiles {
    // Without a journal: a file opened is used as it is, and a lost one leaves nothing to keep aside.
    return new ArticleFiles(
      dataDir,
      { fs: nodeFileSystem, now: () => new Date('2026-02-01T10:00:00.000Z'), notice: (message) => notices.push(message) },
      { recover: (_articleId, file) => Promise.resolve(file), lost: () => Promise.resolve() },
    );
  }

  afterEach(async () => {
    await removeDir(dataDir);
  });

  const article = loadArticle({ fileName: 'kyiv.txt', bytes: new TextEncoder().encode('Kyiv talks resume\n\nDelegates met in Istanbul.\n') }, 'a-1', '2026-01-01T00:00:00.000Z');

  it('writes a new article with no claims, and opens it from memory afterwards', async () => {
    await files.create(article);
    const path = join(dataDir, 'articles', 'a-1.json');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ format: 'claimmark-article', version: 5, article, claims: [] });
    const opened = await files.open('a-1');
    expect(await files.open('a-1')).toBe(opened);
    expect(opened.data.article).toEqual(article);
  });

  it('keeps saying why a damaged file could not be repaired after it was moved aside', async () => {
    await files.create(article);
    const path = join(dataDir, 'articles', 'a-1.json');
    await writeFile(path, '{ "cut": ');
    await writeFile(`${path}.bak`, '');
    const fresh = articleFiles();

    const first = await fresh.open('a-1').catch((error: unknown) => error);
    expect(first).toBeInstanceOf(UnrepairableFileError);
    expect(first).toMatchObject({ path, keptAs: `${path}.damaged-2026-02-01T10-00-00-000Z` });
    // The file is gone now; a second read still reports the damage, not a missing file.
    expect(await readdir(join(dataDir, 'articles'))).not.toContain('a-1.json');
    expect(await fresh.open('a-1').catch((error: unknown) => error)).toBe(first);
  });

  it('reports a file that was never there as missing', async () => {
    const error = await files.open('a-2').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingFileError);
    expect(error).toMatchObject({ path: join(dataDir, 'articles', 'a-2.json') });
  });

  it('removes an article’s file and its backup', async () => {
    await files.create(article);
    expect((await readdir(join(dataDir, 'articles'))).sort()).toEqual(['a-1.json', 'a-1.json.bak']);
    await files.remove('a-1');
    expect(await readdir(join(dataDir, 'articles'))).toEqual([]);
    expect(await files.open('a-1').catch((error: unknown) => error)).toBeInstanceOf(MissingFileError);
  });
});
