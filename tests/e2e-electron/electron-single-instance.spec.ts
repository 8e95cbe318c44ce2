import { spawn } from 'node:child_process';
import { articleFile, libraryItems, waitForSampleArticle } from '../e2e/support/article-actions';
import { APP_ROOT, appEnv, electronPath, expect, test } from './support/electron-fixture';

/** Starts ClaimMark again as a user does from a shell, and resolves with its exit code. */
function launchAgain(userDataDir: string, files: readonly string[]): Promise<number | null> {
  const second = spawn(electronPath(), [APP_ROOT, ...files], { env: appEnv(userDataDir), stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    second.once('error', reject);
    second.once('exit', (code) => resolve(code));
  });
}

test('a second launch with a file hands it to the running window and exits', async ({ launch, userDataDir }) => {
  const { app, page } = await launch();
  await waitForSampleArticle(page);

  expect(await launchAgain(userDataDir, [articleFile('cycle-lanes.txt')])).toBe(0);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');
  await expect(libraryItems(page)).toHaveCount(2);
  expect(app.windows()).toHaveLength(1);
});
