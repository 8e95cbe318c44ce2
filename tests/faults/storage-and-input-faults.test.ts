// The rest of the fault matrix against the real browser host: files deleted while it runs,
// damaged files at start, and API calls with bad offsets.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/model';
import { claimsWithJournal } from '../integration/host/library/journal-on-disk';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { startHost, type HostProcess } from './web-host-process';

interface Article {
  id: string;
}

describe('faults against the running browser host', () => {
  let dataDir: string;
  let host: HostProcess | null = null;

  beforeEach(async () => {
    dataDir = await makeTempDir('faults');
  });

  afterEach(async () => {
    if (host !== null) {
      host.child.kill('SIGTERM');
      await host.exited;
      host = null;
    }
    await removeDir(dataDir);
  });

  async function sample(running: HostProcess): Promise<{ id: string; text: string }> {
    const [article] = ((await running.call<Article[]>('listArticles', {})).value ?? []) as Article[];
    if (article === undefined) throw new Error('no sample article');
    const text = ((await running.call<{ article: { text: string } }>('getArticle', { articleId: article.id })).value?.article.text ?? '') as string;
    return { id: article.id, text };
  }

  it('recreates the library files from memory on the next save after they were deleted', async () => {
    host = await startHost(dataDir);
    const { id, text } = await sample(host);
    await host.call('createClaim', { articleId: id, start: 0, end: 5, exact: text.slice(0, 5) });
    await rm(join(dataDir, 'articles'), { recursive: true, force: true });

    const again = await host.call('createClaim', { articleId: id, start: 10, end: 20, exact: text.slice(10, 20) });
    expect(again.ok).toBe(true);
    // The file written back from memory holds the first claim; the second went to its journal after it.
    const path = join(dataDir, 'articles', `${id}.json`);
    const saved = JSON.parse(await readFile(path, 'utf8')) as { claims: Claim[]; journalSequence?: number };
    expect((await claimsWithJournal(path, saved)).map((claim) => claim.selectors.quote.exact)).toEqual([text.slice(0, 5), text.slice(10, 20)]);
  });

  it.each([
    ['a negative start', -1, 5, /starts before the article/],
    ['a reversed range', 20, 10, /is reversed/],
    ['an end past the article', 0, 10_000_000, /past the end of the article/],
    ['half a character (a split surrogate pair)', 'emoji', 'emoji', /splits a character in two/],
  ] as const)('refuses %s with a message and keeps every claim', async (_name, start, end, message) => {
    const emoji = 'Flags 🇺🇦 and more text after the flags for the claim.';
    const file = { fileName: 'flags.txt', contentBase64: Buffer.from(`Flags article\n\n${emoji}\n`).toString('base64') };
    host = await startHost(dataDir);
    const opened = await host.call<{ articleId: string }>('openArticle', { file });
    const articleId = opened.value?.articleId ?? '';
    const text = ((await host.call<{ article: { text: string } }>('getArticle', { articleId })).value?.article.text ?? '') as string;
    await host.call('createClaim', { articleId, start: 0, end: 5, exact: text.slice(0, 5) });

    const flag = text.indexOf('🇺🇦');
    const from = start === 'emoji' ? flag + 1 : start;
    const to = end === 'emoji' ? flag + 3 : end;
    const refused = await host.call('createClaim', { articleId, start: from, end: to, exact: text.slice(Math.max(0, from), Math.max(0, to)) });
    expect(refused.ok).toBe(false);
    expect(refused.error?.code).toBe('invalid-input');
    expect(refused.error?.message).toMatch(message);
    const after = await host.call<{ claims: unknown[] }>('getArticle', { articleId });
    expect((after.value as { claims: unknown[] }).claims).toHaveLength(1);
  });

  it.each([
    ['binary', '\u0000\u0001 not json', /binary data/],
    ['empty', '', /the file is empty/],
    ['cut short', '{"format": "claimmark-article", "version": 2, "article": {', /not valid JSON/],
    ['of the wrong shape', '{"format": "claimmark-article", "version": 2, "claims": "none"}', /not a valid ClaimMark file/],
  ])('starts with an article file that is %s: restores it from its backup and says where the damaged file is', async (_name, content, reason) => {
    host = await startHost(dataDir);
    const { id } = await sample(host);
    host.child.kill('SIGTERM');
    await host.exited;
    await writeFile(join(dataDir, 'articles', `${id}.json`), content);

    host = await startHost(dataDir);
    const session = await host.call<{ notices: string[] }>('getSession', {});
    const notices = (session.value as { notices: string[] }).notices;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(reason);
    expect(notices[0]).toMatch(/restored from its backup copy; the damaged file was kept as .*\.damaged-/);
    expect((await host.call('getArticle', { articleId: id })).ok).toBe(true);
  });

  it('starts with a damaged library index and no backup: rebuilds it from the article files', async () => {
    host = await startHost(dataDir);
    const { id } = await sample(host);
    host.child.kill('SIGTERM');
    await host.exited;
    await writeFile(join(dataDir, 'library.json'), 'garbage');
    await rm(join(dataDir, 'library.json.bak'));

    host = await startHost(dataDir);
    const notices = ((await host.call<{ notices: string[] }>('getSession', {})).value as { notices: string[] }).notices;
    expect(notices[0]).toMatch(/library\.json was damaged .* it was rebuilt/);
    const listed = (await host.call<{ id: string }[]>('listArticles', {})).value as { id: string }[];
    expect(listed.map((article) => article.id)).toEqual([id]);
  });
});
