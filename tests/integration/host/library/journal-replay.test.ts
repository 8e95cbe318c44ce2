import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../host/library/library-store';
import { loadArticle } from '../../../../host/article-loading/load-article';
import type { Article, Claim } from '../../../../shared/model';
import { claimOf } from '../../../unit/support/claim-builder';
import { ManualScheduler } from '../../../unit/host/library/manual-scheduler';
import { makeTempDir, readJson, removeDir } from '../../support/library-fixture';

const ADDED = '2026-01-01T00:00:00.000Z';
const article: Article = loadArticle(
  { fileName: 'kyiv.txt', bytes: new TextEncoder().encode('Kyiv talks resume\n\nDelegates met in Istanbul on Monday. They agreed to meet again.\n') },
  'a-1',
  ADDED,
);
const claim1 = claimOf(article, 'c-1', 'Kyiv talks', { created: ADDED });
const claim2 = claimOf(article, 'c-2', 'Delegates met', { created: ADDED });
const claim3 = claimOf(article, 'c-3', 'agreed to meet', { created: ADDED });

function line(seq: number, ops: unknown[]): string {
  return `${JSON.stringify({ seq, ops })}\n`;
}

describe('an article journal found when the library opens', () => {
  let dataDir: string;
  let articles: string;
  let journal: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('journal-replay');
    articles = join(dataDir, 'articles');
    journal = join(articles, 'a-1.journal');
    const store = new LibraryStore(dataDir, { scheduler: new ManualScheduler() });
    await store.open();
    await store.addArticle(article, { isSample: false });
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  async function reopen(): Promise<LibraryStore> {
    const store = new LibraryStore(dataDir, { scheduler: new ManualScheduler(), now: () => new Date('2026-02-01T10:00:00.000Z') });
    await store.open();
    return store;
  }

  async function fileClaims(): Promise<{ ids: string[]; journalSequence: number | undefined }> {
    const file = (await readJson(join(articles, 'a-1.json'))) as { claims: Claim[]; journalSequence?: number };
    return { ids: file.claims.map((claim) => claim.id), journalSequence: file.journalSequence };
  }

  it('replays its changes on top of the file, folds them in and removes it', async () => {
    await writeFile(
      journal,
      line(1, [{ op: 'put', claim: claim1 }]) + line(2, [{ op: 'put', claim: claim2 }]) + line(3, [{ op: 'put', claim: { ...claim1, note: 'edited' } }, { op: 'delete', claimId: 'c-2' }]),
    );
    const store = await reopen();
    expect((await store.readArticle('a-1')).claims).toEqual([{ ...claim1, note: 'edited' }]);
    expect(store.notices()).toEqual([]);
    expect(await fileClaims()).toEqual({ ids: ['c-1'], journalSequence: 3 });
    expect((await readdir(articles)).sort()).toEqual(['a-1.json', 'a-1.json.bak']);
  });

  it('skips the lines the file already holds (a compaction that died before removing the journal)', async () => {
    // The file holds changes 1 and 2; replaying them again would delete c-1 and bring back c-2.
    const path = join(articles, 'a-1.json');
    const folded = { ...((await readJson(path)) as object), claims: [claim1], journalSequence: 2 };
    await writeFile(path, JSON.stringify(folded));
    await writeFile(journal, line(1, [{ op: 'delete', claimId: 'c-1' }]) + line(2, [{ op: 'put', claim: claim2 }]) + line(3, [{ op: 'put', claim: claim3 }]));
    const store = await reopen();
    expect((await store.readArticle('a-1')).claims.map((claim) => claim.id)).toEqual(['c-1', 'c-3']);
    expect(store.notices()).toEqual([]);
    expect(await fileClaims()).toEqual({ ids: ['c-1', 'c-3'], journalSequence: 3 });
  });

  it('removes a journal whose every line is folded already, leaving the file as it was', async () => {
    const path = join(articles, 'a-1.json');
    await writeFile(path, JSON.stringify({ ...((await readJson(path)) as object), claims: [claim2], journalSequence: 1 }));
    const before = await readFile(path, 'utf8');
    await writeFile(journal, line(1, [{ op: 'put', claim: claim2 }]));
    const store = await reopen();
    expect((await store.readArticle('a-1')).claims.map((claim) => claim.id)).toEqual(['c-2']);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(articles)).not.toContain('a-1.journal');
  });

  const { status: _left, ...claimWithoutStatus } = claim3;
  it.each([
    { name: 'a last line cut short', tail: '{"seq":3,"ops":[{"op":"put","cla', line: 3, dropped: 1, reason: 'the last line was cut short' },
    { name: 'a line that is not JSON, and one after it', tail: `not json\n${line(4, [{ op: 'put', claim: claim3 }])}`, line: 3, dropped: 2, reason: 'a line is not valid JSON' },
    { name: 'a claim that fails the schema', tail: line(3, [{ op: 'put', claim: claimWithoutStatus }]), line: 3, dropped: 1, reason: 'a line is not a valid claim change' },
    { name: 'a missing change', tail: line(4, [{ op: 'put', claim: claim3 }]), line: 3, dropped: 1, reason: 'change 3 is missing' },
  ])('keeps the good lines before $name, drops the rest, keeps the journal aside and says so', async ({ tail, line: at, dropped, reason }) => {
    const text = line(1, [{ op: 'put', claim: claim1 }]) + line(2, [{ op: 'put', claim: claim2 }]) + tail;
    await writeFile(journal, text);
    const store = await reopen();
    expect((await store.readArticle('a-1')).claims.map((claim) => claim.id)).toEqual(['c-1', 'c-2']);
    expect(await fileClaims()).toEqual({ ids: ['c-1', 'c-2'], journalSequence: 2 });
    const aside = (await readdir(articles)).filter((name) => name.startsWith('a-1.journal.damaged-'));
    expect(aside).toEqual(['a-1.journal.damaged-2026-02-01T10-00-00-000Z']);
    expect(await readFile(join(articles, aside[0] ?? ''), 'utf8')).toBe(text);
    expect(await readdir(articles)).not.toContain('a-1.journal');
    expect(store.notices()).toHaveLength(1);
    expect(store.notices()[0]).toContain(`${journal} was damaged at line ${at} (${reason})`);
    expect(store.notices()[0]).toContain(dropped === 1 ? 'that line was left out' : `it and the ${dropped - 1} lines after it were left out`);
    expect(store.notices()[0]).toContain('the 2 changes saved before it were kept');
    expect(store.notices()[0]).toContain(join(articles, aside[0] ?? ''));
    // New changes go on from the last good line.
    await store.updateClaims('a-1', (claims) => void claims.push(claim3));
    expect((await readFile(journal, 'utf8')).startsWith('{"seq":3,')).toBe(true);
  });

  it('keeps aside, and reports, a journal of an article the library does not list', async () => {
    const stray = join(articles, 'b-9.journal');
    await writeFile(stray, line(1, [{ op: 'put', claim: claim1 }]));
    const store = await reopen();
    expect(await readdir(articles)).toContain('b-9.journal.orphaned-2026-02-01T10-00-00-000Z');
    expect(await readdir(articles)).not.toContain('b-9.journal');
    expect(store.notices()).toEqual([
      `${stray} holds claim changes to an article that is not in the library; they were not applied. The journal was kept as ${stray}.orphaned-2026-02-01T10-00-00-000Z.`,
    ]);
  });

  it('keeps aside, and reports, the journal of an article whose file and backup are gone', async () => {
    await writeFile(journal, line(1, [{ op: 'put', claim: claim1 }]));
    await rm(join(articles, 'a-1.json'));
    await rm(join(articles, 'a-1.json.bak'));
    const store = await reopen();
    expect(await readdir(articles)).toEqual(['a-1.journal.orphaned-2026-02-01T10-00-00-000Z']);
    expect(store.notices()).toEqual([
      `${journal} holds claim changes to an article whose file is missing; they were not applied. The journal was kept as ${journal}.orphaned-2026-02-01T10-00-00-000Z.`,
    ]);
  });

  it('replays the journal on top of a backup that replaced a missing file', async () => {
    await writeFile(journal, line(1, [{ op: 'put', claim: claim2 }]));
    await rm(join(articles, 'a-1.json'));
    const store = await reopen();
    expect((await store.readArticle('a-1')).claims.map((claim) => claim.id)).toEqual(['c-2']);
    expect(await fileClaims()).toEqual({ ids: ['c-2'], journalSequence: 1 });
  });
});
