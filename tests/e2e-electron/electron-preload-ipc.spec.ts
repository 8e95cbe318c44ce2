import type { ApiTransport } from '../../shared/api-methods';
import { SAMPLE_TITLE, waitForSampleArticle } from '../e2e/support/article-actions';
import { expect, test } from './support/electron-fixture';

// The one object the sandboxed preload puts on the window (PRELOAD_GLOBAL).
type PreloadWindow = Window & { claimmark: ApiTransport };

test('the window’s API object answers listArticles through the preload and the main process', async ({ launch }) => {
  const { page } = await launch();
  await waitForSampleArticle(page);

  const answer = await page.evaluate(() => (window as unknown as PreloadWindow).claimmark.call('listArticles', {}));
  expect(answer).toMatchObject({ ok: true, value: [{ title: SAMPLE_TITLE, format: 'txt', claimCount: 0 }] });

  // The main process checks every call against the contract before the service sees it.
  const refused = await page.evaluate(() => (window as unknown as PreloadWindow).claimmark.call('listArticles', { everything: true }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
});

test('the preload exposes only the API bridge: no Node, no ipcRenderer, no unknown channel', async ({ launch }) => {
  const { page } = await launch();
  await waitForSampleArticle(page);

  const exposed = await page.evaluate(() => {
    const scope = window as unknown as Record<string, unknown>;
    return {
      bridge: Object.keys(scope.claimmark as object).sort(),
      require: typeof scope.require,
      process: typeof scope.process,
      ipcRenderer: typeof scope.ipcRenderer,
    };
  });
  expect(exposed).toEqual({ bridge: ['call', 'onAppCommand', 'onFilesWaiting'], require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });

  const unknownMethod = page.evaluate(() => (window as unknown as PreloadWindow).claimmark.call('deleteEverything' as 'listArticles', {}));
  await expect(unknownMethod).rejects.toThrow('Unknown API method "deleteEverything".');
});
