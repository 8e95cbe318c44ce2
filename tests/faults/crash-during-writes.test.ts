// kill -9 in the middle of a burst of writes, many times over: every time, the article
// file left behind is complete and valid, and it and its journal hold every change the host
// acknowledged before it died (a change it did not get to acknowledge may or may not be there).

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../host/library/format-migrations';
import { claimsWithJournal } from '../integration/host/library/journal-on-disk';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { sampleArticle, startHost, touchLeftoverLock, type HostProcess } from './web-host-process';

const ROUNDS = 12;
/** Claims created at once in each round, besides the note written over and over. */
const CREATES_PER_ROUND = 6;

/** What the test knows of the note on the first claim: the last acknowledged one, and the ones sent after it. */
interface NoteWrites {
  acknowledged: string;
  sentSince: string[];
}

/** Writes notes one after another until the host dies; each is sent only once the one before was answered. */
async function writeNotes(
  host: HostProcess,
  ids: { articleId: string; claimId: string },
  round: number,
  notes: NoteWrites,
  onFirstAcknowledged: () => void,
): Promise<void> {
  for (let write = 0; ; write += 1) {
    const note = `round ${round} write ${write}`;
    notes.sentSince.push(note);
    const result = await host.call('updateClaim', { ...ids, note }).catch(() => null);
    if (result === null) return;
    if (result.ok) {
      notes.acknowledged = note;
      notes.sentSince = [];
      onFirstAcknowledged();
    }
  }
}

describe('a crash during a burst of writes', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('crash');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  it(`keeps every acknowledged write in a complete article file (${ROUNDS} kill -9 rounds)`, async () => {
    const first = await startHost(dataDir);
    const article = await sampleArticle(first);
    const created = await first.call<{ id: string }>('createClaim', { articleId: article.id, start: 0, end: 5, exact: article.text.slice(0, 5) });
    const claimId = created.value?.id ?? '';
    expect(claimId).not.toBe('');
    first.child.kill('SIGTERM');
    await first.exited;

    const articleFile = join(dataDir, 'articles', `${article.id}.json`);
    const notes: NoteWrites = { acknowledged: '', sentSince: [] };
    const acknowledgedClaims = new Set([claimId]);
    let createsAcknowledged = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const host = await startHost(dataDir);
      // Fire writes without pause and kill the process while they are in flight: a note
      // rewritten again and again, and new claims created all at once.
      let firstAcknowledged = (): void => undefined;
      const writing = new Promise<void>((resolve) => (firstAcknowledged = resolve));
      const noteWriter = writeNotes(host, { articleId: article.id, claimId }, round, notes, () => firstAcknowledged());
      const creates = Array.from({ length: CREATES_PER_ROUND }, async (_, index) => {
        const start = 10 + (round * CREATES_PER_ROUND + index) * 7;
        const result = await host
          .call<{ id: string }>('createClaim', { articleId: article.id, start, end: start + 5, exact: article.text.slice(start, start + 5) })
          .catch(() => null);
        if (result?.ok === true && result.value !== undefined) {
          acknowledgedClaims.add(result.value.id);
          createsAcknowledged += 1;
        }
      });
      // However busy the machine, the kill comes once writes are being answered, while more are in flight.
      await Promise.race([writing, noteWriter]);
      await new Promise((resolve) => setTimeout(resolve, (round * 37) % 150));
      host.child.kill('SIGKILL');
      await host.exited;
      await Promise.all([noteWriter, ...creates]);
      // The killed host's lock is left behind, freshly touched; the next host takes it over at once.
      await touchLeftoverLock(dataDir, new Date());

      // The file is whole and valid, and holds every claim and the latest note acknowledged so far.
      const saved = articleFileSchema.parse(JSON.parse(await readFile(articleFile, 'utf8')));
      const savedClaims = await claimsWithJournal(articleFile, saved);
      const savedIds = new Set(savedClaims.map((claim) => claim.id));
      expect([...acknowledgedClaims].filter((id) => !savedIds.has(id))).toEqual([]);
      const note = savedClaims.find((claim) => claim.id === claimId)?.note;
      expect([notes.acknowledged, ...notes.sentSince]).toContain(note);
    }
    // The rounds did write while the host was being killed, or the checks above proved nothing.
    expect(notes.acknowledged).not.toBe('');
    expect(createsAcknowledged).toBeGreaterThan(0);
    // After all that, the app still starts on the folder and shows every acknowledged claim.
    const after = await startHost(dataDir);
    const reopened = await after.call<{ claims: { id: string }[] }>('getArticle', { articleId: article.id });
    expect(reopened.ok).toBe(true);
    const reopenedIds = new Set(reopened.value?.claims.map((claim) => claim.id));
    expect([...acknowledgedClaims].filter((id) => !reopenedIds.has(id))).toEqual([]);
    // Half-written temporary files of the killed writes were removed at that start: only data is left.
    const data = /^([0-9a-f-]+\.(json(\.bak)?|journal)|library\.json(\.bak(\.[1-3])?)?|articles|\.lock)$/;
    const notData = async (folder: string) => (await readdir(folder)).filter((name) => !data.test(name));
    expect(await notData(dataDir)).toEqual([]);
    expect(await notData(join(dataDir, 'articles'))).toEqual([]);
    after.child.kill('SIGTERM');
    await after.exited;
  });
});
