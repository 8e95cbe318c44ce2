import type { ElectronApplication } from '@playwright/test';
import { SAMPLE_TITLE, articleFile, libraryItems, waitForSampleArticle } from '../e2e/support/article-actions';
import { expect, test } from './support/electron-fixture';
import { clickMenuItem, standInForDialog } from './support/main-process';

const isMac = process.platform === 'darwin';

interface MenuEntry {
  label: string;
  accelerator: string | null;
  registerAccelerator: boolean;
}

/** The application menu's top-level labels and, for each, its items that are not separators. */
function readMenu(app: ElectronApplication): Promise<{ label: string; items: MenuEntry[] }[]> {
  return app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((top) => ({
      label: top.label,
      items: (top.submenu?.items ?? [])
        .filter((item) => item.type !== 'separator')
        .map((item) => ({ label: item.label, accelerator: item.accelerator ?? null, registerAccelerator: item.registerAccelerator })),
    })),
  );
}

/** A ClaimMark item: its key is shown in the menu, and the window, not the system, acts on it. */
const key = (label: string, accelerator: string): MenuEntry => ({ label, accelerator, registerAccelerator: false });

test('the native menu offers ClaimMark’s commands with the keys the window answers to', async ({ launch }) => {
  const { app, page } = await launch();
  await waitForSampleArticle(page);
  const menu = await readMenu(app);

  // macOS puts the app's own menu first.
  expect(menu.map((top) => top.label).slice(isMac ? 1 : 0)).toEqual(['File', 'Edit', 'View', 'Claim', 'Window', 'Help']);
  const itemsOf = (label: string) => menu.find((top) => top.label === label)?.items ?? [];
  expect(itemsOf('File').slice(0, 2)).toEqual([key('Open Article…', 'CmdOrCtrl+O'), key('Export…', 'CmdOrCtrl+E')]);
  expect(itemsOf('Edit')).toEqual(
    expect.arrayContaining([key('Undo', 'CmdOrCtrl+Z'), key('Redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'), key('Search Library', '/')]),
  );
  expect(itemsOf('View').slice(0, 2)).toEqual([key('Next Claim', 'J'), key('Previous Claim', 'K')]);
  expect(itemsOf('Claim')).toEqual([
    key('Select Sentence', 'S'),
    key('Extend Selection by a Word', '.'),
    key('Trim Selection by a Word', ','),
    key('Add Claim', 'CmdOrCtrl+Enter'),
    key('Unverified', '1'),
    key('In progress', '2'),
    key('Verified', '3'),
    key('False', '4'),
    key('Misleading', '5'),
    key('Inconclusive', '6'),
    key('Write Note', 'N'),
    key('Add Evidence', 'E'),
    key('Delete Claim', 'Delete'),
  ]);
  expect(itemsOf('Help')).toEqual([key('Keyboard Shortcuts', '?')]);
});

test('File › Open Article… shows the system’s file dialog for articles and opens the file chosen there', async ({ launch }) => {
  const { app, page } = await launch();
  await waitForSampleArticle(page);
  const dialog = await standInForDialog(app, 'showOpenDialog', { canceled: false, filePaths: [articleFile('cycle-lanes.txt')] });

  await clickMenuItem(app, 'File', 'Open Article…');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves new cycle lanes');
  await expect(libraryItems(page)).toHaveCount(2);
  expect(await dialog.askedFor()).toEqual([
    {
      title: 'Open article',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] }],
    },
  ]);
});

test('a file dialog closed without a choice opens nothing', async ({ launch }) => {
  const { app, page } = await launch();
  await waitForSampleArticle(page);
  const dialog = await standInForDialog(app, 'showOpenDialog', { canceled: true, filePaths: [] });

  await clickMenuItem(app, 'File', 'Open Article…');

  await expect.poll(async () => (await dialog.askedFor()).length).toBe(1);
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE);
});

test('File › Export… opens the export dialog in the window', async ({ launch }) => {
  const { app, page } = await launch();
  await waitForSampleArticle(page);

  await clickMenuItem(app, 'File', 'Export…');

  await expect(page.getByRole('dialog', { name: 'Export claims' })).toBeVisible();
});
