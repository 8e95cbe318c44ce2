import { expect, test } from './fixtures';
import { SAMPLE_TITLE, waitForSampleArticle } from './support/article-actions';

test('the sample article opens as a reader expects, without page furniture or comment boilerplate', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const article = page.getByRole('article', { name: 'Article' });

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
  await expect(article.locator('.block-caption')).toHaveText(
    'A military landscape depicting tanks and armored vehicles against a background of conflict, with gray and muted tones.',
  );
  const paragraphs = article.locator('.block-paragraph');
  await expect(paragraphs).toHaveCount(8);
  await expect(paragraphs.first()).toContainText('Vladimir Putin has expressed readiness to meet');
  await expect(paragraphs.last()).toContainText('In summary');
  await expect(article).toContainText('Original source: www.theguardian.com');

  await expect(article).not.toContainText('Leave a Reply');
  await expect(article).not.toContainText('Your email address will not be published');
  await expect(article).not.toContainText('Original Source: www.theguardian.com');
  // The stray comment count "0" under the title is not shown as text.
  await expect(article.locator('p', { hasText: /^0$/ })).toHaveCount(0);

  await expect(page.getByLabel('Claim counts')).toHaveText('0 of 0 checked');
  await expect(page.getByRole('button', { name: 'Add claim' })).toBeDisabled();
});
