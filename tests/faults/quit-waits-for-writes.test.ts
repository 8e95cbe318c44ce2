// Quitting (SIGTERM, as the app's own quit does) waits for saves in flight: the signal
// arrives in the middle of a burst of writes, and every change the host acknowledged is on
// disk after it exits, including changes that were still being saved when it was told to quit.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleFileSchema } from '../../host/library/format-migrations';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { sampleArticle, startHost } from './web-host-process';

const WRITES = 40;

describe('quitting during a burst of writes', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('quit');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  it('keeps every acknowledged change, and answers writes that were in flight when it was told to quit', async () => {
    const host = await startHost(dataDir);
    const article = await sampleArticle(host);

    let quitSent = false;
    /** Claim ids the host acknowledged, and whether each was asked for and still unanswered at SIGTERM. */
    const acknowledged: { id: string; inFlightAtQuit: boolean }[] = [];
    let firstAcknowledgement: () => void = () => undefined;
    const oneAcknowledged = new Promise<void>((resolve) => {
      firstAcknowledgement = resolve;
    });
    // All the writes at once: they queue up on the one article and are saved one after another.
    const writes = Array.from({ length: WRITES }, async (_, index) => {
      const start = index * 10;
      const result = await host
        .call<{ id: string }>('createClaim', { articleId: article.id, start, end: start + 6, exact: article.text.slice(start, start + 6) })
        .catch(() => null);
      if (result?.ok === true && result.value !== undefined) {
        acknowledged.push({ id: result.value.id, inFlightAtQuit: quitSent });
        firstAcknowledgement();
      }
    });
    // Quit as soon as the first save is acknowledged, with the rest still queued behind it.
    await oneAcknowledged;
    host.child.kill('SIGTERM');
    quitSent = true;
    await Promise.all(writes);
    expect((await host.exited).code).toBe(0);

    // The host went on saving after the signal: writes in flight at that moment were answered.
    expect(acknowledged.filter(({ inFlightAtQuit }) => inFlightAtQuit).length).toBeGreaterThan(0);
    const raw = await readFile(join(dataDir, 'articles', `${article.id}.json`), 'utf8');
    const saved = articleFileSchema.parse(JSON.parse(raw));
    const savedIds = new Set(saved.claims.map((claim) => claim.id));
    expect(acknowledged.filter(({ id }) => !savedIds.has(id))).toEqual([]);
  });
});
