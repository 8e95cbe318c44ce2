// Quitting (SIGTERM, as the app's own quit does) waits for saves in flight: every change
// the host acknowledged is on disk after it exits.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir } from '../integration/support/library-fixture';
import { startHost } from './web-host-process';

describe('quitting during a burst of writes', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await makeTempDir('quit');
  });

  afterEach(async () => {
    await removeDir(dataDir);
  });

  it('keeps every acknowledged change', async () => {
    const host = await startHost(dataDir);
    const [article] = ((await host.call<{ id: string }[]>('listArticles', {})).value ?? []) as { id: string }[];
    if (article === undefined) throw new Error('no sample article');
    const text = ((await host.call<{ article: { text: string } }>('getArticle', { articleId: article.id })).value?.article.text ?? '') as string;
    const calls = Array.from({ length: 40 }, (_, index) =>
      host.call('createClaim', { articleId: article.id, start: index * 10, end: index * 10 + 6, exact: text.slice(index * 10, index * 10 + 6) }),
    );
    const acknowledged = (await Promise.all(calls)).filter((result) => result.ok).length;
    host.child.kill('SIGTERM');
    expect((await host.exited).code).toBe(0);
    const saved = JSON.parse(await readFile(join(dataDir, 'articles', `${article.id}.json`), 'utf8')) as { claims: unknown[] };
    expect(acknowledged).toBe(40);
    expect(saved.claims).toHaveLength(acknowledged);
  });
});
