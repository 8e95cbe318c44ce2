// The library folder made read-only under the real browser host, and the host started on a
// read-only folder. The folder is made read-only for real where the machine allows it: a
// read-only bind mount (root on Linux); else by taking away write permission (which binds
// everyone but root). Which one ran is in each test's name.

import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recoveryFilePath } from '../../host/library/recovery-file';
import type { Claim } from '../../shared/model';
import { claimsWithJournal } from '../integration/host/library/journal-on-disk';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { sampleArticle, startHost, type HostProcess } from './web-host-process';

/** How the folder is made read-only on this machine, and the error the host then meets. */
interface ReadOnlyWay {
  name: string;
  error: string;
  makeReadOnly(folder: string): Promise<void>;
  makeWritable(folder: string): Promise<void>;
}

const REMOUNT_ATTEMPTS = 100;

const bindMount: ReadOnlyWay = {
  name: 'a read-only bind mount',
  error: 'EROFS: read-only file system',
  async makeReadOnly(folder) {
    execFileSync('mount', ['--bind', folder, folder]);
    // A file the host has open for writing in the folder at that moment makes the remount
    // fail ("mount point is busy"); it is tried again once that write is done.
    for (let attempt = 1; ; attempt += 1) {
      try {
        execFileSync('mount', ['-o', 'remount,ro,bind', folder, folder], { stdio: 'pipe' });
        return;
      } catch (error) {
        if (attempt >= REMOUNT_ATTEMPTS) {
          execFileSync('umount', [folder]);
          throw error;
        }
        await delay(20);
      }
    }
  },
  async makeWritable(folder) {
    execFileSync('umount', [folder]);
  },
};

const permissions: ReadOnlyWay = {
  name: 'write permission taken away',
  error: 'EACCES: permission denied',
  // The lock folder, the articles folder and the library folder itself.
  async makeReadOnly(folder) {
    for (const path of [join(folder, '.lock'), join(folder, 'articles'), folder]) await chmod(path, 0o555).catch(() => undefined);
  },
  async makeWritable(folder) {
    for (const path of [folder, join(folder, 'articles'), join(folder, '.lock')]) await chmod(path, 0o755).catch(() => undefined);
  },
};

/** A bind mount where one can be made, tried on a folder of its own. */
async function chooseWay(): Promise<ReadOnlyWay> {
  const probe = await makeTempDir('mount-probe');
  try {
    await bindMount.makeReadOnly(probe);
    const refused = await writeFile(join(probe, 'probe'), '').then(
      () => false,
      () => true,
    );
    await bindMount.makeWritable(probe);
    if (refused) return bindMount;
  } catch {
    // No mounting here: permissions it is.
  } finally {
    await removeDir(probe);
  }
  return permissions;
}

const way = await chooseWay();
const SAMPLE_TITLE = 'Putin Open to Negotiations with Ukraine Amid Rising Military Ties with North Korea';

/** Asks every 200 ms until `condition` holds; fails after two minutes rather than hang. */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 600; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`gave up waiting for ${what}`);
}

interface SaveStatus {
  unsaved: { articleId: string; title: string }[];
  library: { access: string; message: string | null };
}

describe(`a library folder made read-only (${way.name})`, () => {
  let root: string;
  let dataDir: string;
  let recoveryDir: string;
  let host: HostProcess | null = null;
  let readOnly = false;

  beforeEach(async () => {
    root = await makeTempDir('read-only-folder');
    dataDir = join(root, 'library');
    recoveryDir = join(root, 'recovery');
    await mkdir(dataDir);
  });

  afterEach(async () => {
    if (host !== null && host.child.exitCode === null) {
      host.child.kill('SIGTERM');
      await host.exited;
    }
    host = null;
    if (readOnly) await way.makeWritable(dataDir);
    readOnly = false;
    await removeDir(root);
  });

  const start = () => startHost(dataDir, ['--recovery-dir', recoveryDir]);
  const status = async (running: HostProcess) => (await running.call<SaveStatus>('getSaveStatus', {})).value as SaveStatus;

  async function notesOnDisk(articleId: string): Promise<string[]> {
    const path = join(dataDir, 'articles', `${articleId}.json`);
    const saved = JSON.parse(await readFile(path, 'utf8')) as { claims: Claim[]; journalSequence?: number };
    return (await claimsWithJournal(path, saved)).map((claim) => claim.note);
  }

  /** The sample article with the claim "Putin", saved; resolves to the article's and the claim's ids. */
  async function sampleWithClaim(running: HostProcess): Promise<{ articleId: string; claimId: string }> {
    const sample = await sampleArticle(running);
    const at = sample.text.indexOf('Putin');
    const made = await running.call<{ id: string }>('createClaim', { articleId: sample.id, start: at, end: at + 5, exact: 'Putin' });
    return { articleId: sample.id, claimId: made.value?.id ?? '' };
  }

  it(`keeps running with a note typed while the folder is read-only, keeps it in the recovery file, and saves it once the folder is writable (${way.name})`, async () => {
    host = await start();
    const running = host;
    const { articleId, claimId } = await sampleWithClaim(running);

    await way.makeReadOnly(dataDir);
    readOnly = true;
    // The lock is touched every 5 s; the next touch finds the folder read-only.
    await until(async () => (await status(running)).library.access === 'read-only', 'the host to say the library is read-only');
    const typed = await running.call('updateClaim', { articleId, claimId, note: 'Said on state television.' });
    expect(typed.error?.code).toBe('storage');
    expect(typed.error?.message).toContain('The change is kept, and ClaimMark keeps trying to save it.');
    const recoveryPath = recoveryFilePath(recoveryDir, dataDir);
    await until(async () => (await status(running)).library.message?.includes(recoveryPath) === true, 'the recovery file to be written');
    const said = await status(running);
    expect(said.unsaved.map((entry) => entry.title)).toEqual([SAMPLE_TITLE]);
    expect(said.library.message).toMatch(new RegExp(`^The library folder ${dataDir} is read-only or cannot be written \\(the lock cannot be touched: ${way.error}`));
    const kept = JSON.parse(await readFile(recoveryPath, 'utf8')) as { articles: { kept: { note: string }[] }[] };
    expect(kept.articles.map((article) => article.kept.map((claim) => claim.note))).toEqual([['Said on state television.']]);
    expect(await notesOnDisk(articleId)).toEqual(['']);
    expect(running.child.exitCode).toBeNull();

    await way.makeWritable(dataDir);
    readOnly = false;
    await until(async () => {
      const now = await status(running);
      return now.library.access === 'writable' && now.unsaved.length === 0;
    }, 'the kept note to be saved');
    expect(await notesOnDisk(articleId)).toEqual(['Said on state television.']);
    expect(await readdir(recoveryDir)).toEqual([]);

    running.child.kill('SIGTERM');
    await running.exited;
    host = await start();
    const reopened = (await host.call<{ claims: { note: string }[] }>('getArticle', { articleId })).value;
    expect(reopened?.claims.map((claim) => claim.note)).toEqual(['Said on state television.']);
  });

  it(`opens a read-only folder read-only: listing and reading work, a change is refused with the reason (${way.name})`, async () => {
    host = await start();
    const { articleId, claimId } = await sampleWithClaim(host);
    host.child.kill('SIGTERM');
    await host.exited;
    await way.makeReadOnly(dataDir);
    readOnly = true;
    const before = await readdir(dataDir);

    host = await start();
    expect(host.output()).toContain(`data folder: ${dataDir} (read-only: the folder cannot be written: ${way.error}`);
    const listed = (await host.call<{ title: string; claimCount: number }[]>('listArticles', {})).value;
    expect(listed?.map((entry) => [entry.title, entry.claimCount])).toEqual([[SAMPLE_TITLE, 1]]);
    const article = (await host.call<{ claims: { selectors: { quote: { exact: string } } }[] }>('getArticle', { articleId })).value;
    expect(article?.claims.map((claim) => claim.selectors.quote.exact)).toEqual(['Putin']);
    const refused = await host.call('updateClaim', { articleId, claimId, note: 'Not to be saved.' });
    expect(refused.error?.code).toBe('read-only');
    expect(refused.error?.message).toMatch(
      new RegExp(`^The library is open read-only \\(the folder cannot be written: ${way.error}.*\\)\\. Reading and exporting still work; this change was not made\\.$`),
    );
    expect((await status(host)).library.access).toBe('read-only');
    expect(await readdir(dataDir)).toEqual(before);
    expect(host.child.exitCode).toBeNull();
  });
});

