// Journals found damaged or alone when the real browser host starts: it starts, applies what
// can be applied, keeps the rest aside and tells the analyst.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../host/library/format-migrations';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { sampleArticle, startHost, type HostProcess } from './web-host-process';

async function stop(host: HostProcess): Promise<void> {
  host.child.kill('SIGTERM');
  await host.exited;
}

async function notices(host: HostProcess): Promise<string[]> {
  return (await host.call<{ notices: string[] }>('getSession', {})).value?.notices ?? [];
}

describe('journals found when the host starts', () => {
  let dataDir: string;
  let host: HostProcess | null = null;

  beforeEach(async () => {
    dataDir = await makeTempDir('journal-damage');
  });

  afterEach(async () => {
    if (host !== null) await stop(host);
    host = null;
    await removeDir(dataDir);
  });

  it('applies the good lines of a journal whose last line is torn, and says the rest was left out', async () => {
    const first = await startHost(dataDir);
    const article = await sampleArticle(first);
    await first.call('createClaim', { articleId: article.id, start: 0, end: 5, exact: article.text.slice(0, 5) });
    await stop(first);
    const articleFile = join(dataDir, 'articles', `${article.id}.json`);
    const saved = articleFileSchema.parse(JSON.parse(await readFile(articleFile, 'utf8')));
    const [claim] = saved.claims;
    if (claim === undefined || saved.journalSequence === undefined) throw new Error('the claim was not folded into the file');
    const good = JSON.stringify({ seq: saved.journalSequence + 1, ops: [{ op: 'put', claim: { ...claim, note: 'Written to the journal.' } }] });
    const journal = join(dataDir, 'articles', `${article.id}.journal`);
    await writeFile(journal, `${good}\n{"seq":${saved.journalSequence + 2},"ops":[{"op":"put","claim":{"id":`);

    host = await startHost(dataDir);
    const told = await notices(host);
    expect(told).toHaveLength(1);
    expect(told[0]).toContain(`${journal} was damaged at line 2 (the last line was cut short): that line was left out, and the change saved before it was kept.`);
    const reopened = await host.call<{ claims: { id: string; note: string }[] }>('getArticle', { articleId: article.id });
    expect(reopened.value?.claims.map((each) => [each.id, each.note])).toEqual([[claim.id, 'Written to the journal.']]);
    expect((await readdir(join(dataDir, 'articles'))).filter((name) => name.startsWith(`${article.id}.journal.damaged-`))).toHaveLength(1);
  });

  it('keeps aside, and reports, a journal whose article file is missing', async () => {
    const first = await startHost(dataDir);
    await sampleArticle(first);
    await stop(first);
    const stray = join(dataDir, 'articles', '00000000-0000-4000-8000-00000000abcd.journal');
    const content = '{"seq":1,"ops":[{"op":"delete","claimId":"00000000-0000-4000-8000-000000000001"}]}\n';
    await writeFile(stray, content);

    host = await startHost(dataDir);
    const told = await notices(host);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatch(/00000000abcd\.journal holds claim changes to an article that is not in the library; they were not applied\. The journal was kept as .*00000000abcd\.journal\.orphaned-/);
    const aside = (await readdir(join(dataDir, 'articles'))).filter((name) => name.startsWith('00000000-0000-4000-8000-00000000abcd.journal'));
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(/\.orphaned-/);
    expect(await readFile(join(dataDir, 'articles', aside[0] ?? ''), 'utf8')).toBe(content);
  });
});
