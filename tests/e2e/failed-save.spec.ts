import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addClaim, waitForSampleArticle } from './support/article-actions';

const QUOTE = 'Jaroslav Nad, who served as Slovakia’s defense minister';

test('a save that fails says so, keeps what was already saved, and works again once the disk does', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const card = await addClaim(page, QUOTE);
  await expect(card.getByRole('status')).toHaveText('Saved');

  const articlesDir = join(app.dataDir, 'articles');
  const [articleFile] = (await readdir(articlesDir)).filter((name) => name.endsWith('.json'));
  if (articleFile === undefined) throw new Error('No article file was written.');
  const before = await readFile(join(articlesDir, articleFile), 'utf8');

  // The articles folder is taken away and a plain file put in its place: no save can succeed.
  const movedAway = join(app.dataDir, 'articles-away');
  await rename(articlesDir, movedAway);
  await writeFile(articlesDir, 'not a folder');
  await card.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(card.getByRole('status')).toContainText('Not saved');
  expect(await readFile(join(movedAway, articleFile), 'utf8')).toBe(before);

  await rm(articlesDir);
  await rename(movedAway, articlesDir);
  await card.getByLabel('Status').selectOption({ label: 'Unverified' });
  await card.getByLabel('Status').selectOption({ label: 'Verified' });
  await expect(card.getByRole('status')).toHaveText('Saved');
  const saved = JSON.parse(await readFile(join(articlesDir, articleFile), 'utf8')) as { claims: { status: string }[] };
  expect(saved.claims.map((claim) => claim.status)).toEqual(['verified']);
});
