import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addClaim, waitForSampleArticle } from './support/article-actions';

const QUOTE = 'Jaroslav Nad, who served as Slovakia’s defense minister';

test('a save that fails says so, keeps the change and what was saved, and saves it once the disk allows', async ({ app }) => {
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
  // Said once: the host's message tells what failed, the card that it was not saved.
  await expect(card.getByRole('status')).toContainText('Not saved: Could not write the claims of "');
  await expect(card.getByRole('status')).toContainText('keeps trying to save it');
  // The change is kept on screen, and the file on disk is untouched.
  await expect(card.getByLabel('Status')).toHaveValue('verified');
  await card.getByLabel('Note').fill('Typed while the disk was failing.');
  expect(await readFile(join(movedAway, articleFile), 'utf8')).toBe(before);

  // The disk comes back; nobody touches anything; the kept changes are saved.
  await rm(articlesDir);
  await rename(movedAway, articlesDir);
  await expect(card.getByRole('status')).toHaveText('Saved', { timeout: 40_000 });
  await expect
    .poll(async () => {
      const saved = JSON.parse(await readFile(join(articlesDir, articleFile), 'utf8')) as { claims: { status: string; note: string }[] };
      return saved.claims.map((claim) => [claim.status, claim.note]);
    })
    .toEqual([['verified', 'Typed while the disk was failing.']]);
});
