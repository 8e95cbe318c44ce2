import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addClaim, waitForSampleArticle } from './support/article-actions';

const QUOTE = 'Jaroslav Nad, who served as Slovakia’s defense minister';

test('a library folder removed while the window is open is written back, and the window says so', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const card = await addClaim(page, QUOTE);
  await expect(card.getByRole('status')).toHaveText('Saved');

  await rm(app.dataDir, { recursive: true, force: true });
  // The next change writes the whole library back from memory before itself.
  await card.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(card.getByRole('status')).toHaveText('Saved');

  // Told while the window stays open, without a restart.
  await expect(page.getByRole('alert')).toContainText(
    `Part of the library folder ${app.dataDir} (the folder) was removed while ClaimMark was running. It was recreated from memory: the index and the 1 article with their claims.`,
  );
  expect((await readdir(join(app.dataDir, 'articles'))).filter((name) => name.endsWith('.json'))).toHaveLength(1);
});
