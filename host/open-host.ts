// The start-up and shutdown both hosts share: lock the library folder, open the store and
// the service (with its article worker), queue the article files named at launch, and on
// close stop the worker and wait for every save before the lock is let go. A folder that
// cannot be written, or that another ClaimMark holds, opens read-only; one that turns read-only while running holds writes
// back (changes kept in memory and in the recovery file) until it can be written again; one
// another ClaimMark takes is no longer written at all. None of these ends the process. The
// Electron shell and the browser host differ only in how they tell the analyst about a problem.

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { ArticleWorkerPool } from './article-loading/article-worker-pool';
import { ClaimMarkService } from './claimmark-service';
import { reasonOf } from './library/file-recovery';
import { FolderInUseError, isUnwritableFolderError, lockLibraryFolder } from './library/folder-lock';
import { LibraryStore, type LibraryAccess } from './library/library-store';
import { RecoveryFile } from './library/recovery-file';

export interface OpenHostOptions {
  /** The library folder. */
  dataDir: string;
  /** The bundled sample article, added to an empty library on first start. */
  sampleArticlePath: string;
  /** Opens the library without writing to it at all (`--read-only`). */
  readOnly?: boolean;
  /** Where claim changes the folder cannot take are kept, in order of preference (see defaultRecoveryFolders). */
  recoveryFolders: readonly string[];
  /** Another ClaimMark took the folder: this host no longer writes to it, and stays up with its changes kept. */
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
  /** Whether the library folder takes changes now, and why not. */
  libraryAccess(): LibraryAccess;
  /** Reads files and queues them for the renderer, which opens them as it opens a picked file. */
  queueFiles(paths: readonly string[]): Promise<void>;
  /** Waits for every save still in flight, then releases the folder. Safe to call twice. */
  close(): Promise<void>;
}

/** Opens the library for one host; read-only when it cannot be written or another ClaimMark has it. */
export async function openHost(options: OpenHostOptions): Promise<OpenedHost> {
  const recovery = new RecoveryFile(options.dataDir, options.recoveryFolders);
  const store = new LibraryStore(options.dataDir, { recovery, readOnly: options.readOnly === true ? 'opened read-only on request' : undefined });
  const release = options.readOnly === true ? async () => undefined : await lockOrReadOnly(options, store);
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
    libraryAccess: () => store.gate.current(),
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

/** Locks the folder; one that cannot be written, or that another ClaimMark holds, is opened read-only instead, unlocked, as nothing will write to it. */
async function lockOrReadOnly(options: OpenHostOptions, store: LibraryStore): Promise<() => Promise<void>> {
  try {
    return await lockLibraryFolder(
      options.dataDir,
      (error) => {
        // Never two writers: the new holder has the folder, and this host keeps its changes outside it.
        store.gate.closeForGood(`another ClaimMark has the folder now: ${error.message}`);
        options.onLockLost(error);
      },
      {
        // A folder removed, or turned read-only, while ClaimMark runs is locked again and written back from memory.
        onRetaken: () => store.resumeWrites(),
        onUntouchable: (error) => store.gate.pause(error.message),
      },
    );
  } catch (error) {
    // Never two writers: the holder keeps the folder, and this one may still read it.
    if (error instanceof FolderInUseError) store.gate.closeForGood(`it is in use by ${error.holder}; to make changes, close that one and start this one again`);
    else if (isUnwritableFolderError(error)) store.gate.closeForGood(`the folder cannot be written: ${reasonOf(error)}`);
    else throw error;
    return async () => undefined;
  }
}
