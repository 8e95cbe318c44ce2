// kill -9 in the middle of an import of four articles, at several points: once its staged
// record is on disk, and as the first, second and last article files are written. After a
// restart the library lists all four or none, none comes with the notice that the import was
// undone, and no file of a half-imported article is left behind.

import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { exportText, twoWordClaims, wordyArticle } from '../integration/support/large-import';
import { sampleArticle, startHost, touchLeftoverLock } from './web-host-process';

const TITLES = ['Port talks 1', 'Port talks 2', 'Port talks 3', 'Port talks 4'];
const UNDONE = 'An import of 4 articles from four.claims.json was cut short when ClaimMark stopped; it was undone. Nothing you saved before it was touched.';

/** Where the host is killed: when the record appears, or when the n-th new article file is started. */
const KILL_POINTS = [
  { name: 'the staged record is on disk', record: true, articleFile: 0 },
  { name: 'the first article file is being written', record: false, articleFile: 1 },
  { name: 'the second article file is being written', record: false, articleFile: 2 },
  { name: 'the last article file is being written', record: false, articleFile: 4 },
];

const file = {
  fileName: 'four.claims.json',
  contentBase64: Buffer.from(
    exportText(
      TITLES.map((title, index) => {
        const article = wordyArticle(`30000000-0000-4000-8000-00000000010${index + 1}`, title);
        return { article, claims: twoWordClaims(article, 2000, 1 + index * 2000) };
      }),
    ),
  ).toString('base64'),
};

describe('a crash during an import', () => {
  const folders: string[] = [];

  afterEach(async () => {
    for (const folder of folders.splice(0)) await removeDir(folder);
  });

  it.each(KILL_POINTS)('leaves all four articles or none when killed as $name', async ({ record, articleFile }) => {
    const dataDir = await makeTempDir('import-crash');
    folders.push(dataDir);
    const host = await startHost(dataDir);
    const sample = await sampleArticle(host);
    const before = await host.call<{ id: string }>('createClaim', { articleId: sample.id, start: 0, end: 5, exact: sample.text.slice(0, 5) });
    expect(before.ok).toBe(true);

    let killed = false;
    let articleFiles = 0;
    const kill = () => {
      if (killed) return;
      killed = true;
      host.child.kill('SIGKILL');
    };
    const recordWatch = watch(dataDir, (_event, name) => {
      if (record && name === 'import-in-progress.json') kill();
    });
    const articleWatch = watch(join(dataDir, 'articles'), (_event, name) => {
      // Each article file is first written as ".<id>.json.<pid>.<random>.tmp".
      if (name === null || !name.endsWith('.tmp') || name.startsWith(`.${sample.id}.`) || name.includes('.bak.')) return;
      articleFiles += 1;
      if (articleFiles === articleFile) kill();
    });
    const answer = await host.call('importClaims', { file }).catch(() => null);
    await host.exited;
    recordWatch.close();
    articleWatch.close();
    // The point was reached before the import answered, or the round proved nothing.
    expect({ killed, answer }).toEqual({ killed: true, answer: null });

    await touchLeftoverLock(dataDir, new Date(Date.now() - 60 * 60_000));
    const after = await startHost(dataDir);
    try {
      const listed = (await after.call<{ id: string; title: string }[]>('listArticles', {})).value ?? [];
      const notices = (await after.call<{ notices: string[] }>('getSession', {})).value?.notices;
      const imported = listed.filter((entry) => TITLES.includes(entry.title)).map((entry) => entry.title).sort();
      if (imported.length === 0) expect(notices).toEqual([UNDONE]);
      else expect({ imported, notices }).toEqual({ imported: TITLES, notices: [] });
      // The analyst's claim from before is there, and no file of an article the library does not list is left.
      const kept = await after.call<{ claims: { id: string }[] }>('getArticle', { articleId: sample.id });
      expect(kept.value?.claims.map((claim) => claim.id)).toEqual([before.value?.id]);
      const files = (await readdir(join(dataDir, 'articles'))).filter((name) => name.endsWith('.json'));
      expect(files.sort()).toEqual(listed.map((entry) => `${entry.id}.json`).sort());
      expect(await readdir(dataDir)).not.toContain('import-in-progress.json');
    } finally {
      after.child.kill('SIGTERM');
      await after.exited;
    }
  });
});
