import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addClaim, highlightColour, highlightOf, waitForSampleArticle } from './support/article-actions';

const QUOTE = 'police have detained eight individuals';

test('every status can be set from the panel, with evidence added, opened and edited, and the history shown', async ({ app }) => {
  const { page } = app;
  await waitForSampleArticle(page);
  const card = await addClaim(page, QUOTE);
  const status = card.getByLabel('Status');

  const labels = ['In progress', 'Verified', 'False', 'Misleading', 'Inconclusive', 'Unverified'];
  await expect(status.locator('option')).toHaveText(['Unverified', 'In progress', 'Verified', 'False', 'Misleading', 'Inconclusive']);
  const colours = new Set<string>();
  for (const label of labels) {
    await status.selectOption({ label });
    await expect(card.getByRole('status')).toHaveText('Saved');
    await expect(status.locator('option:checked')).toHaveText(label);
    const painted = await highlightOf(page, QUOTE);
    if (painted === null) throw new Error(`“${QUOTE}” is not highlighted.`);
    colours.add(await highlightColour(page, painted));
  }
  // Each status is drawn in its own colour.
  expect(colours.size).toBe(labels.length);
  await status.selectOption({ label: 'False' });

  // The history lists every change, newest first.
  await card.locator('blockquote').click();
  await card.getByText(/^History/).click();
  const history = card.getByRole('list', { name: 'History entries' }).getByRole('listitem');
  await expect(history).toHaveCount(7);
  await expect(history.first()).toContainText('Unverified → False');
  await expect(history.last()).toContainText('Unverified → In progress');

  // Claimant and claim as reviewed save as typed.
  await card.getByLabel('Claimant').fill('Slovak police');
  await card.getByLabel('Claim as reviewed').fill('Eight people were detained over misused military aid.');
  await expect(card.getByRole('status')).toHaveText('Saved');

  // Evidence: a bad address is refused with a reason, a good one is added.
  await card.getByRole('button', { name: 'Add evidence' }).click();
  const form = card.getByRole('form', { name: 'Add this evidence' });
  await form.getByLabel('Evidence URL').fill('javascript:alert(1)');
  await form.getByRole('button', { name: 'Add this evidence' }).click();
  await expect(form.getByRole('alert')).toHaveText('Evidence links must be http:// or https:// addresses.');
  await form.getByLabel('Evidence URL').fill('https://www.eppo.europa.eu/en/media/news/slovakia-eight-detained');
  await form.getByLabel('Title').fill('EPPO press release');
  await form.getByLabel('Quoted passage').fill('Eight persons were detained, including officials of the Ministry of Defence.');
  await form.getByLabel('Stance').selectOption({ label: 'Refutes' });
  await form.getByRole('button', { name: 'Add this evidence' }).click();
  const evidence = card.getByRole('region', { name: 'Evidence' }).getByRole('listitem');
  await expect(evidence).toHaveCount(1);
  await expect(evidence).toContainText('Refutes');
  await expect(evidence.getByRole('link', { name: 'EPPO press release' })).toHaveAttribute('href', 'https://www.eppo.europa.eu/en/media/news/slovakia-eight-detained');

  // Edit it.
  await evidence.getByRole('button', { name: 'Edit' }).click();
  await card.getByRole('form', { name: 'Save evidence' }).getByLabel('Stance').selectOption({ label: 'Supports' });
  await card.getByRole('form', { name: 'Save evidence' }).getByRole('button', { name: 'Save evidence' }).click();
  await expect(evidence).toContainText('Supports');

  // Opening the link leaves the app alone: the browser host opens a new tab; the desktop app the system browser.
  if (app.host === 'browser') {
    await page.context().route('https://www.eppo.europa.eu/**', (route) => route.fulfill({ body: 'press release' }));
    const popup = page.waitForEvent('popup');
    await evidence.getByRole('link', { name: 'EPPO press release' }).click();
    expect((await popup).url()).toBe('https://www.eppo.europa.eu/en/media/news/slovakia-eight-detained');
  }
  expect(page.url().startsWith(app.appOrigin())).toBe(true);

  // Everything is on disk: in the article file itself once the edits stop and its journal is folded in.
  const [file] = (await readdir(join(app.dataDir, 'articles'))).filter((name) => name.endsWith('.json'));
  const savedClaim = async () =>
    (
      JSON.parse(await readFile(join(app.dataDir, 'articles', file ?? ''), 'utf8')) as {
        claims: { status: string; claimant: string; claimReviewed: string; evidence: { stance: string; url: string }[]; history: unknown[] }[];
      }
    ).claims[0];
  await expect.poll(savedClaim).toMatchObject({
    status: 'false',
    claimant: 'Slovak police',
    claimReviewed: 'Eight people were detained over misused military aid.',
    evidence: [{ stance: 'supports', url: 'https://www.eppo.europa.eu/en/media/news/slovakia-eight-detained' }],
  });
  expect((await savedClaim())?.history).toHaveLength(7);
});
