// kill -9 in the middle of a burst of writes, many times over: every time, the article
// file left behind is a complete file, either the one before a write or the one after.

import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateArticleFile } from '../../host/library/format-migrations';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { startHost } from './web-host-process';

const ROUNDS = 12;

describe('a crash during a burst of writes', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('crash');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  it(`leaves a complete article file every time (${ROUNDS} kill -9 rounds)`, async () => {
    const first = await startHost(dataDir);
    const [article] = ((await first.call<{ id: string }[]>('listArticles', {})).value ?? []) as { id: string }[];
    if (article === undefined) throw new Error('no sample article');
    const { value } = await first.call<{ article: { text: string } }>('getArticle', { articleId: article.id });
    const text = value?.article.text ?? '';
    const created = await first.call<{ id: string }>('createClaim', { articleId: article.id, start: 0, end: 5, exact: text.slice(0, 5) });
    const claimId = created.value?.id ?? '';
    first.child.kill('SIGTERM');
    await first.exited;

    const articleFile = join(dataDir, 'articles', `${article.id}.json`);
    let lastAcknowledged = -1;
    for (let round = 0; round < ROUNDS; round += 1) {
      const host = await startHost(dataDir);
      // Fire writes without pause and kill the process while they are in flight.
      let sent = 0;
      const writing = (async () => {
        for (;;) {
          const note = `round ${round} write ${sent}`;
          sent += 1;
          const result = await host.call('updateClaim', { articleId: article.id, claimId, note }).catch(() => null);
          if (result === null) return;
          if (result.ok) lastAcknowledged = round * 100_000 + sent;
        }
      })();
      await new Promise((resolve) => setTimeout(resolve, 20 + ((round * 37) % 150)));
      host.child.kill('SIGKILL');
      await host.exited;
      await writing;
      // A killed host leaves its folder lock behind until it goes stale (one-writer-per-folder
      // tests that); here the next round takes it over at once.
      await rm(join(dataDir, '.lock'), { recursive: true, force: true });

      // The file is whole, valid, and holds a note this round or an earlier one wrote.
      const raw = await readFile(articleFile, 'utf8');
      const { data } = migrateArticleFile(JSON.parse(raw), articleFile);
      expect(data.claims).toHaveLength(1);
      expect(data.claims[0]?.note).toMatch(/^round \d+ write \d+$|^$/);
    }
    expect(lastAcknowledged).toBeGreaterThan(0);
    // No temporary file is mistaken for data; leftovers are only ever ".tmp" files.
    const stray = (await readdir(join(dataDir, 'articles'))).filter((name) => !/\.json(\.bak)?$/.test(name));
    expect(stray.every((name) => name.endsWith('.tmp'))).toBe(true);
    // After all that, the app still starts on the folder and shows the claim.
    await rm(join(dataDir, '.lock'), { recursive: true, force: true });
    const after = await startHost(dataDir);
    const reopened = await after.call<{ claims: unknown[] }>('getArticle', { articleId: article.id });
    expect(reopened.ok).toBe(true);
    after.child.kill('SIGTERM');
    await after.exited;
  });
});
