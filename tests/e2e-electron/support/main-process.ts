// Steps the Electron-only specs take in the main process: clicking a menu item as the
// analyst does, and standing in for a system dialog or the browser, keeping what was asked.

import type { ElectronApplication } from '@playwright/test';

/** Clicks `label` in the top-level menu `menu` of the application menu. */
export async function clickMenuItem(app: ElectronApplication, menu: string, label: string): Promise<void> {
  await app.evaluate(
    ({ Menu }, [menuLabel, itemLabel]) => {
      const item = Menu.getApplicationMenu()
        ?.items.find((top) => top.label === menuLabel)
        ?.submenu?.items.find((entry) => entry.label === itemLabel);
      if (item === undefined) throw new Error(`The menu has no ${menuLabel} › ${itemLabel}.`);
      item.click();
    },
    [menu, label] as const,
  );
}

/**
 * Replaces `dialog.showOpenDialog` or `dialog.showSaveDialog` with one that answers `answer`
 * at once; `askedFor` returns the options of each call since.
 */
export async function standInForDialog(
  app: ElectronApplication,
  kind: 'showOpenDialog' | 'showSaveDialog',
  answer: { canceled: boolean; filePaths?: string[]; filePath?: string },
): Promise<{ askedFor(): Promise<unknown[]> }> {
  await app.evaluate(
    ({ dialog }, [method, reply]) => {
      const asked: unknown[] = [];
      (globalThis as { claimmarkDialogCalls?: unknown[] }).claimmarkDialogCalls = asked;
      // Called as (window, options) or (options): the options are always last.
      const standIn = (...args: unknown[]) => {
        asked.push(args.at(-1));
        return Promise.resolve(reply);
      };
      Object.assign(dialog, { [method]: standIn });
    },
    [kind, answer] as const,
  );
  return {
    askedFor: () => app.evaluate(() => (globalThis as { claimmarkDialogCalls?: unknown[] }).claimmarkDialogCalls ?? []),
  };
}

/** Replaces `shell.openExternal`, so no browser opens; returns the URLs asked for since. */
export async function standInForBrowser(app: ElectronApplication): Promise<{ opened(): Promise<string[]> }> {
  await app.evaluate(({ shell }) => {
    const opened: string[] = [];
    (globalThis as { claimmarkOpenedUrls?: string[] }).claimmarkOpenedUrls = opened;
    Object.assign(shell, {
      openExternal: (url: string) => {
        opened.push(url);
        return Promise.resolve();
      },
    });
  });
  return { opened: () => app.evaluate(() => (globalThis as { claimmarkOpenedUrls?: string[] }).claimmarkOpenedUrls ?? []) };
}
