// The start-up and shutdown both hosts share: lock the library folder, open the store and
// the service (with its article worker), queue the article files named at launch, and on
// close stop the worker and wait for every save before the lock is let go. The Electron shell and the browser host differ only in how
// they tell the analyst about a problem.

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ArticleWorkerPool } from './article-loading/article-worker-pool';
import { ClaimMarkService } from './claimmark-service';
import { lockLibraryFolder } from './library/folder-lock';
import { LibraryStore } from './library/library-store';

export interface OpenHostOptions {
  /** The library folder. */
  dataDir: string;
  /** The bundled sample article, added to an empty library on first start. */
  sampleArticlePath: string;
  /** The lock on the folder was lost for good (another process took it, it could not be taken again). */
  onLockLost: (error: Error) => void;
  /** A file named at launch (or handed over later) could not be read. */
  onUnreadableFile: (path: string, error: Error) => void;
  /**
   * The built article worker. By default the one beside the running bundle; code run from
   * the TypeScript sources (the bench) names out/main/article-worker.js of a build.
   */
  articleWorkerScript?: URL;
}

export interface OpenedHost {
  readonly dataDir: string;
  readonly service: ClaimMarkService;
  /** Reads files and queues them for the renderer, which opens them as it opens a picked file. */
  queueFiles(paths: readonly string[]): Promise<void>;
  /** Waits for every save still in flight, then releases the folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Opens the library for one host; throws FolderInUseError when another ClaimMark has it. */
export async function openHost(options: OpenHostOptions): Promise<OpenedHost> {
  const store = new LibraryStore(options.dataDir);
  // A folder removed while ClaimMark runs is locked again and written back from memory.
  const release = await lockLibraryFolder(options.dataDir, options.onLockLost, { onRetaken: () => store.ensureFolderWhole() });
  let service: ClaimMarkService;
  // Loading and re-anchoring run in a worker thread, so that other calls never wait behind them.
  const articleWork = new ArticleWorkerPool(options.articleWorkerScript);
  try {
    service = await ClaimMarkService.open({
      store,
      sampleArticlePath: options.sampleArticlePath,
      articleWork,
      now: () => new Date(),
      newId: randomUUID,
    });
    articleWork.warmUp();
  } catch (error) {
    await articleWork.close();
    await release().catch(() => undefined);
    throw error;
  }
  let closing: Promise<void> | null = null;
  return {
    dataDir: options.dataDir,
    service,
    async queueFiles(paths) {
      for (const path of paths) {
        try {
          service.queueFile(basename(path), await readFile(path));
        } catch (error) {
          options.onUnreadableFile(path, error instanceof Error ? error : new Error(String(error)));
        }
      }
    },
    close() {
      closing ??= service.close().finally(() => release().catch(() => undefined));
      return closing;
    },
  };
}
