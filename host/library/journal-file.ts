// The journal files of the article folder, `articles/<id>.journal`, and what the store knows
// of each: whether it is on disk, the last sequence number given out, and whether it may end
// in a torn line (after a failed append), so that the next save must rewrite the whole file.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeEntryInTurns, entryOfText, type JournalChange } from './journal-codec';
import { fileTextBytes } from './durable-json-file';
import { moveAside, type StoreContext } from './file-recovery';

interface JournalState {
  /** The journal file exists (so an append must not create it). */
  started: boolean;
  lastSeq: number;
  /** An append failed part-way: nothing may follow it until a whole-file write clears it. */
  mustRewrite: boolean;
}

export class JournalFiles {
  private readonly folder: string;
  private readonly context: StoreContext;
  private readonly states = new Map<string, JournalState>();

  constructor(folder: string, context: StoreContext) {
    this.folder = folder;
    this.context = context;
  }

  path(articleId: string): string {
    return join(this.folder, `${articleId}.journal`);
  }

  private state(articleId: string): JournalState {
    let state = this.states.get(articleId);
    if (state === undefined) {
      state = { started: false, lastSeq: 0, mustRewrite: false };
      this.states.set(articleId, state);
    }
    return state;
  }

  /** What opening the article found: its file's folded number, and whether a journal is there. */
  opened(articleId: string, lastSeq: number, started: boolean, mustRewrite = false): void {
    this.states.set(articleId, { started, lastSeq, mustRewrite });
  }

  lastSeq(articleId: string): number {
    return this.state(articleId).lastSeq;
  }

  mustRewrite(articleId: string): boolean {
    return this.state(articleId).mustRewrite;
  }

  /** Articles whose journal holds changes not yet folded into their file. */
  started(): string[] {
    return [...this.states].filter(([, state]) => state.started).map(([articleId]) => articleId);
  }

  /** The journal's text, or null when there is none. */
  async read(articleId: string): Promise<string | null> {
    try {
      return (await this.context.fs.readFile(this.path(articleId))).toString('utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * Appends one numbered line per change and flushes them with one fsync; returns the bytes
   * written. A new journal is only started beside an article file that is there, so that
   * its changes are never kept where no file could take them.
   */
  async append(articleId: string, articlePath: string, changes: readonly JournalChange[]): Promise<number> {
    const state = this.state(articleId);
    const pieces: string[] = [];
    for (const { ops, written } of changes) {
      const seq = ++state.lastSeq;
      pieces.push(...(written === null ? await encodeEntryInTurns(seq, ops) : entryOfText(seq, written)));
    }
    const text = pieces.length === changes.length ? pieces.join('') : pieces;
    const create = !state.started;
    try {
      if (create && !(await this.context.fs.exists(articlePath))) throw new Error(`${articlePath} is missing`);
      // Lines made whole are written as one text; a line made in pieces is written piece by
      // piece, and a crash between them leaves a cut-short last line, which replaying leaves out.
      await this.context.fs.appendFileSynced(this.path(articleId), text, create);
      // A new file's name is only durable once its folder is flushed too.
      if (create) await this.context.fs.syncFolder(this.folder);
    } catch (error) {
      state.mustRewrite = true;
      if (create) state.started = await this.context.fs.exists(this.path(articleId));
      throw error;
    }
    state.started = true;
    return fileTextBytes(text);
  }

  /** The article file now holds everything: the journal goes (if it cannot, its lines are all older). */
  async cleared(articleId: string): Promise<void> {
    const state = this.state(articleId);
    state.mustRewrite = false;
    try {
      await this.context.fs.remove(this.path(articleId));
      state.started = false;
    } catch {
      state.started = true;
    }
  }

  /** Renames the journal aside, never over another file; returns where it went. */
  async keepAside(articleId: string, label: string): Promise<string> {
    const aside = await moveAside(this.path(articleId), this.context.now(), label);
    this.state(articleId).started = false;
    return aside;
  }

  forget(articleId: string): Promise<void> {
    this.states.delete(articleId);
    return this.context.fs.remove(this.path(articleId));
  }

  /** Journals in the folder of articles the library does not list. */
  async strays(listed: ReadonlySet<string>): Promise<string[]> {
    const names = await readdir(this.folder).catch(() => []);
    return names
      .map((name) => /^([A-Za-z0-9-]+)\.journal$/.exec(name)?.[1])
      .filter((articleId): articleId is string => articleId !== undefined && !listed.has(articleId));
  }
}
