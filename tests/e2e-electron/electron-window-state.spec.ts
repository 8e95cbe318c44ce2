import type { ElectronApplication } from '@playwright/test';
import { waitForSampleArticle } from '../e2e/support/article-actions';
import { expect, test } from './support/electron-fixture';

function windowBounds(app: ElectronApplication): Promise<{ x: number; y: number; width: number; height: number }> {
  return app.evaluate(({ BrowserWindow }) => {
    const [window] = BrowserWindow.getAllWindows();
    if (window === undefined) throw new Error('ClaimMark has no window.');
    return window.getNormalBounds();
  });
}

test('the window opens again where and as large as the analyst left it', async ({ launch }) => {
  const first = await launch();
  await waitForSampleArticle(first.page);
  // Inside the primary display's work area, above the smallest window size, away from the default.
  const moved = await first.app.evaluate(({ BrowserWindow, screen }) => {
    const area = screen.getPrimaryDisplay().workArea;
    const bounds = { x: area.x + 48, y: area.y + 36, width: 900, height: 640 };
    BrowserWindow.getAllWindows()[0]?.setBounds(bounds);
    return bounds;
  });
  await expect.poll(() => windowBounds(first.app)).toEqual(moved);
  await first.close();

  const second = await launch();
  await waitForSampleArticle(second.page);
  expect(await windowBounds(second.app)).toEqual(moved);
});
