// The library folder and its index removed under the real browser host: while it runs
// (the folder is written back and locked again, every acknowledged edit kept), and between
// runs (the index is restored or rebuilt from the article files, nothing added in its place).
// Each test checks what was acknowledged against what is on disk and listed after a restart.

import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockPath } from '../../host/library/folder-lock';
import { claimsWithJournal } from '../integration/host/library/journal-on-disk';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import type { Claim } from '../../shared/model';
import { sampleArticle, startHost, touchLeftoverLock, type HostProcess } from './web-host-process';

const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';
const HARBOUR_TEXT = 'Port strike ends after pay deal\n\nDock workers ended a five-day strike on Friday after a pay deal.';
const HARBOUR = { fileName: 'harbour.txt', contentBase64: Buffer.from(HARBOUR_TEXT).toString('base64') };

/** Waits for `condition`, checking every 100 ms; fails after a minute rather than hang. */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('the library folder removed under the browser host', () => {
  let dataDir: string;
  let host: HostProcess | null = null;

  beforeEach(async () => {
    dataDir = await makeTempDir('folder-removed');
  });

  afterEach(async () => {
    if (host !== null && host.child.exitCode === null) {
      host.child.kill('SIGTERM');
      await host.exited;
    }
    host = null;
    await removeDir(dataDir);
  });

  /** The claims of an article as a store opened now would read them: its file with its journal replayed. */
  async function quotesOnDisk(articleId: string): Promise<string[]> {
    const path = join(dataDir, 'articles', `${articleId}.json`);
    const saved = JSON.parse(await readFile(path, 'utf8')) as { claims: Claim[]; journalSequence?: number };
    return (await claimsWithJournal(path, saved)).map((claim) => claim.selectors.quote.exact);
  }

  async function listing(running: HostProcess): Promise<{ id: string; title: string; claimCount: number }[]> {
    const listed = (await running.call<{ id: string; title: string; claimCount: number }[]>('listArticles', {})).value ?? [];
    return listed.map(({ id, title, claimCount }) => ({ id, title, claimCount }));
  }

  /** Claims `quote` of an article and expects it acknowledged. */
  async function claim(running: HostProcess, articleId: string, text: string, quote: string): Promise<void> {
    const start = text.indexOf(quote);
    const answer = await running.call('createClaim', { articleId, start, end: start + quote.length, exact: quote });
    expect(answer.error).toBeUndefined();
    expect(answer.ok).toBe(true);
  }

  it('writes the whole folder back and locks it again: every acknowledged edit is on disk and listed after a restart', async () => {
    host = await startHost(dataDir);
    const sample = await sampleArticle(host);
    const harbour = (await host.call<{ articleId: string }>('openArticle', { file: HARBOUR })).value?.articleId ?? '';
    await claim(host, sample.id, sample.text, 'Putin');
    await rm(dataDir, { recursive: true, force: true });

    await claim(host, harbour, HARBOUR_TEXT, 'Port strike');
    await claim(host, sample.id, sample.text, 'Ukraine');
    await claim(host, harbour, HARBOUR_TEXT, 'Dock workers');
    // The host notices its lock went with the folder when it next touches it, and takes it again.
    await until(() => exists(lockPath(dataDir)), 'the host to lock the folder again');
    const second = await startHost(dataDir);
    expect((await second.call<{ library: { message: string } }>('getSession', {})).value?.library.message).toContain(`it is in use by another ClaimMark (process ${host.child.pid})`);
    second.child.kill('SIGTERM');
    await second.exited;
    await claim(host, harbour, HARBOUR_TEXT, 'pay deal');
    expect(host.child.exitCode).toBeNull();

    const notices = (await host.call<{ notices: string[] }>('getSession', {})).value?.notices;
    expect(notices).toEqual([
      `Part of the library folder ${dataDir} (the folder) was removed while ClaimMark was running. It was recreated from memory: the index and the 2 articles with their claims.`,
    ]);
    host.child.kill('SIGTERM');
    expect((await host.exited).code).toBe(0);

    expect(await quotesOnDisk(sample.id)).toEqual(['Putin', 'Ukraine']);
    expect(await quotesOnDisk(harbour)).toEqual(['Port strike', 'Dock workers', 'pay deal']);
    host = await startHost(dataDir);
    expect(await listing(host)).toEqual([
      { id: sample.id, title: SAMPLE_TITLE, claimCount: 2 },
      { id: harbour, title: 'Port strike ends after pay deal', claimCount: 3 },
    ]);
  });

  it.each([
    ['the index', ['library.json'], (dataDir: string) => `${join(dataDir, 'library.json')} was missing. It was restored from its backup copy.`],
    [
      'the index and every copy of it',
      ['library.json', 'library.json.bak', 'library.json.bak.1'],
      (dataDir: string) => `The library index ${join(dataDir, 'library.json')} was missing; it was rebuilt from 2 article files.`,
    ],
  ])('starts after a crash with %s deleted: lists both articles with every acknowledged claim, and no new sample', async (_name, deleted, notice) => {
    host = await startHost(dataDir);
    const sample = await sampleArticle(host);
    const harbour = (await host.call<{ articleId: string }>('openArticle', { file: HARBOUR })).value?.articleId ?? '';
    await claim(host, harbour, HARBOUR_TEXT, 'Port strike');
    await claim(host, harbour, HARBOUR_TEXT, 'Dock workers');
    host.child.kill('SIGKILL');
    await host.exited;
    host = null;
    for (const name of deleted) await rm(join(dataDir, name), { force: true });
    await touchLeftoverLock(dataDir, new Date(Date.now() - 60 * 60_000));

    host = await startHost(dataDir);
    expect(await listing(host)).toEqual([
      { id: sample.id, title: SAMPLE_TITLE, claimCount: 0 },
      { id: harbour, title: 'Port strike ends after pay deal', claimCount: 2 },
    ]);
    expect((await host.call<{ notices: string[] }>('getSession', {})).value?.notices).toEqual([notice(dataDir)]);
    host.child.kill('SIGTERM');
    expect((await host.exited).code).toBe(0);
    expect(await quotesOnDisk(harbour)).toEqual(['Port strike', 'Dock workers']);
    expect((await readdir(join(dataDir, 'articles'))).sort()).toEqual([`${harbour}.json`, `${harbour}.json.bak`, `${sample.id}.json`, `${sample.id}.json.bak`].sort());
  });
});
