// kill -9 while claim changes go to the article journal, and while the journal is folded into
// the article file (compaction): after a restart every change the host acknowledged is there.

import { watch } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { sampleArticle, startHost, touchLeftoverLock, type HostProcess } from './web-host-process';

/** Claims created at once in each wave, until the host is killed. */
const WAVE = 40;

/** Creates claims in waves of WAVE at once until the host dies, adding the ids it acknowledged to `acknowledged`. */
async function createUntilKilled(host: HostProcess, article: { id: string; text: string }, acknowledged: Set<string>): Promise<void> {
  for (let wave = 0; ; wave += 1) {
    const results = await Promise.all(
      Array.from({ length: WAVE }, async (_, index) => {
        const start = ((wave * WAVE + index) * 13) % (article.text.length - 20);
        return host
          .call<{ id: string }>('createClaim', { articleId: article.id, start, end: start + 8, exact: article.text.slice(start, start + 8) })
          .catch(() => null);
      }),
    );
    for (const result of results) if (result?.ok === true && result.value !== undefined) acknowledged.add(result.value.id);
    if (results.some((result) => result === null)) return;
  }
}

async function claimIdsAfterRestart(dataDir: string, articleId: string): Promise<Set<string>> {
  await touchLeftoverLock(dataDir, new Date(Date.now() - 60 * 60_000));
  const host = await startHost(dataDir);
  const reopened = await host.call<{ claims: { id: string }[] }>('getArticle', { articleId });
  host.child.kill('SIGTERM');
  await host.exited;
  expect(reopened.ok).toBe(true);
  return new Set(reopened.value?.claims.map((claim) => claim.id));
}

describe('a crash while claim changes go through the journal', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('journal-crash');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  it('keeps every acknowledged change when killed in the middle of a burst of edits (3 rounds)', async () => {
    const acknowledged = new Set<string>();
    for (let round = 0; round < 3; round += 1) {
      const host = await startHost(dataDir);
      const article = await sampleArticle(host);
      const burst = createUntilKilled(host, article, acknowledged);
      // Killed once some of this round's changes are acknowledged, with more in flight.
      const before = acknowledged.size;
      while (acknowledged.size < before + 2 * WAVE) await new Promise((resolve) => setTimeout(resolve, 5));
      host.child.kill('SIGKILL');
      await host.exited;
      await burst;
      expect((await readdir(join(dataDir, 'articles'))).some((name) => name.endsWith('.journal'))).toBe(true);
      const saved = await claimIdsAfterRestart(dataDir, article.id);
      expect([...acknowledged].filter((id) => !saved.has(id))).toEqual([]);
    }
    expect(acknowledged.size).toBeGreaterThan(0);
  });

  it('keeps every acknowledged change when killed while the journal is folded into the file (3 rounds)', async () => {
    const acknowledged = new Set<string>();
    let folds = 0;
    for (let round = 0; round < 3; round += 1) {
      const host = await startHost(dataDir);
      const article = await sampleArticle(host);
      // Edits until the journal is long enough to be folded at once; the moment the fold
      // starts its temporary file, the host is killed.
      let killed = false;
      const watcher = watch(join(dataDir, 'articles'), (_event, name) => {
        if (!killed && name?.startsWith(`.${article.id}.json`) === true && name.endsWith('.tmp')) {
          killed = true;
          folds += 1;
          host.child.kill('SIGKILL');
        }
      });
      await createUntilKilled(host, article, acknowledged);
      await host.exited;
      watcher.close();
      const saved = await claimIdsAfterRestart(dataDir, article.id);
      expect([...acknowledged].filter((id) => !saved.has(id))).toEqual([]);
    }
    // Each round was ended by a fold in progress, or the checks above proved nothing.
    expect(folds).toBe(3);
  });
});
