import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addClaim, highlightedTexts, openArticleFiles, waitForSampleArticle } from './support/article-actions';

const PARAGRAPHS = 4000;
const LAST = `Paragraph ${PARAGRAPHS} closes the hearing: the committee adjourned until the spring.`;

/** A plain-text article of about 1.3 MB: a title line, then numbered paragraphs of ordinary prose. */
function longArticle(): string {
  const body = Array.from(
    { length: PARAGRAPHS - 1 },
    (_, index) =>
      `Paragraph ${index + 1} of the transcript: the witness said the contract was signed in March, that the figures were checked twice by the auditors, and that nobody on the board raised an objection at the time of the vote.`,
  );
  return ['Transcript of the budget committee hearing', '', ...body.flatMap((paragraph) => [paragraph, '']), LAST, ''].join('\n');
}

test('a very long article opens, is drawn to its last paragraph, and takes claims anywhere in it', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const folder = await mkdtemp(join(tmpdir(), 'claimmark-long-article-'));
  try {
    const file = join(folder, 'committee-hearing.txt');
    await writeFile(file, longArticle(), 'utf8');
    await openArticleFiles(page, file);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Transcript of the budget committee hearing');
    const article = page.getByRole('article', { name: 'Article' });
    // Drawn slice by slice: the first paragraphs at once, the last one once the rest is in.
    await expect(article.locator('.block-paragraph')).toHaveCount(PARAGRAPHS);
    await expect(article.locator('.block-paragraph').last()).toHaveText(LAST);

    // A claim near the end and one near the start are both highlighted over their whole text.
    await addClaim(page, 'the committee adjourned until the spring');
    await addClaim(page, 'Paragraph 2 of the transcript: the witness said the contract was signed in March');
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(['Paragraph 2 of the transcript: the witness said the contract was signed in March', 'the committee adjourned until the spring']);
    await expect(page.getByLabel('Claim counts')).toHaveText('0 of 2 checked');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
