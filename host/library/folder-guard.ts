// Notices, before a write, that the library folder (or its index, or its articles folder)
// was removed while ClaimMark runs, and has it recreated whole from memory first: a write
// that only recreated its own file would leave every other article, and the index that
// lists them, missing after a restart.

import type { StoreContext } from './file-recovery';

export interface GuardedFolder {
  dataDir: string;
  indexPath: string;
  articlesFolder: string;
}

export class FolderGuard {
  private readonly folder: GuardedFolder;
  private readonly context: StoreContext;
  /** Writes the articles folder and every article, then the index, from memory; resolves to how many articles. */
  private readonly recreate: () => Promise<number>;
  /** The check in flight: writes asked for meanwhile wait for the same one, so they keep their order. */
  private checking: Promise<void> | null = null;

  constructor(folder: GuardedFolder, context: StoreContext, recreate: () => Promise<number>) {
    this.folder = folder;
    this.context = context;
    this.recreate = recreate;
  }

  /** Resolves once the folder is whole, recreating it first when part of it is gone. Never rejects. */
  ensure(): Promise<void> {
    this.checking ??= this.check().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  private async check(): Promise<void> {
    const { fs } = this.context;
    const [index, articles] = await Promise.all([fs.exists(this.folder.indexPath), fs.exists(this.folder.articlesFolder)]);
    if (index && articles) return;
    const gone = index ? 'its articles folder' : articles ? 'its index' : 'the folder';
    try {
      const count = await this.recreate();
      this.context.notice(
        `Part of the library folder ${this.folder.dataDir} (${gone}) was removed while ClaimMark was running. ` +
          `It was recreated from memory: the index and ${count === 1 ? 'the 1 article' : `the ${count} articles`} with their claims.`,
      );
    } catch {
      // The write that asked goes on and says itself why it cannot be saved; the next write checks again.
    }
  }
}
