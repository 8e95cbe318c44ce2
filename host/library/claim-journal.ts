// How an article's claims reach the disk: a claim change is appended to its journal, and the
// journal is folded into the article file (the durable whole-file write, `.bak` included)
// when idle, when long, before a whole-file change and at quit. On open, the journal is
// replayed on top of the file; a damaged tail is left out and reported.

import type { Low } from 'lowdb';
import { deepFreeze } from './frozen-records';
import { CompactionPolicy, type CompactionLimits } from './compaction-policy';
import { notSaved, saveFile, type StoreContext } from './file-recovery';
import type { ArticleFile } from './format-migrations';
import { replayJournal, type JournalChange, type JournalDamage } from './journal-codec';
import { JournalFiles } from './journal-file';
import type { Scheduler } from './save-retry';

function damageNotice(path: string, damage: JournalDamage, applied: number, aside: string): string {
  const left = damage.dropped === 1 ? 'that line was left out' : `it and the ${damage.dropped - 1} lines after it were left out`;
  const kept = applied === 1 ? 'the change saved before it was kept' : `the ${applied} changes saved before it were kept`;
  return `${path} was damaged at line ${damage.line} (${damage.reason}): ${left}, and ${kept}. The damaged journal was kept as ${aside}.`;
}

export class ClaimJournal {
  private readonly files: JournalFiles;
  private readonly policy: CompactionPolicy;
  private readonly context: StoreContext;
  private readonly articlePath: (articleId: string) => string;

  /** `compact` folds an article's journal in its turn (the store queues it). */
  constructor(
    paths: { folder: string; articlePath: (articleId: string) => string },
    context: StoreContext,
    scheduler: Scheduler,
    limits: CompactionLimits,
    compact: (articleId: string) => Promise<void>,
  ) {
    this.files = new JournalFiles(paths.folder, context);
    this.articlePath = paths.articlePath;
    this.policy = new CompactionPolicy(scheduler, limits, compact);
    this.context = context;
  }

  path(articleId: string): string {
    return this.files.path(articleId);
  }

  /** Articles whose journal is on disk, to fold before quitting. */
  withJournal(): string[] {
    return this.files.started();
  }

  /**
   * Saves claim changes made in memory (`next`): appended to the journal when `changes` are
   * given and nothing forbids it, else by writing the whole file, which is also tried when
   * the append fails and `rewriteOnFailure` (an analyst's edit, rather than all or nothing).
   * On failure the file in memory is left as it was and the error says what was not saved.
   */
  async save(articleId: string, file: Low<ArticleFile>, next: ArticleFile, changes: readonly JournalChange[] | null, rewriteOnFailure: boolean): Promise<void> {
    if (changes !== null && !this.files.mustRewrite(articleId)) {
      if (changes.length === 0) {
        file.data = next;
        return;
      }
      try {
        const bytes = await this.files.append(articleId, this.articlePath(articleId), changes);
        file.data = next;
        this.policy.appended(articleId, changes.length, bytes);
        return;
      } catch (error) {
        // The whole-file write below either saves the change (a journal removed with its folder) or says why it cannot.
        if (!rewriteOnFailure) throw notSaved(`the claims of "${next.article.title}"`, error);
      }
    }
    await this.fold(articleId, file, next);
  }

  /** Writes `data` as the whole file, with every journal line folded into it, then drops the journal. */
  async fold(articleId: string, file: Low<ArticleFile>, data: ArticleFile): Promise<void> {
    await this.writeWhole(articleId, file, data);
    await this.files.cleared(articleId);
  }

  private async writeWhole(articleId: string, file: Low<ArticleFile>, data: ArticleFile): Promise<void> {
    const previous = file.data;
    file.data = { ...data, journalSequence: this.files.lastSeq(articleId) };
    try {
      await saveFile(file, `the claims of "${data.article.title}"`);
    } catch (error) {
      file.data = previous;
      throw error;
    }
    this.policy.folded(articleId);
  }

  /** Replays the journal of an article file just opened, folds it in, and reports damage. */
  async recover(articleId: string, file: Low<ArticleFile>): Promise<Low<ArticleFile>> {
    // Changes replace claims rather than edit them, which is how a change's ops are found.
    for (const claim of file.data.claims) deepFreeze(claim);
    const folded = file.data.journalSequence ?? 0;
    const text = await this.files.read(articleId);
    if (text === null) {
      this.files.opened(articleId, folded, false);
      return file;
    }
    const replay = replayJournal(file.data.claims, folded, text);
    const { damage } = replay;
    // Until a whole write succeeds, nothing may be appended after a damaged line.
    this.files.opened(articleId, replay.lastSeq, true, damage !== null);
    if (replay.applied === 0 && damage === null) {
      // Every line was folded already: compaction wrote the file but did not get to drop the journal.
      await this.files.cleared(articleId);
      return file;
    }
    const data = { ...file.data, claims: replay.claims.map(deepFreeze) };
    try {
      await this.writeWhole(articleId, file, data);
    } catch {
      // Shown from memory; the journal stays as it is until the file can be written.
      file.data = data;
      if (damage !== null) this.context.notice(damageNotice(this.path(articleId), damage, replay.applied, this.path(articleId)));
      return file;
    }
    if (damage === null) {
      await this.files.cleared(articleId);
      return file;
    }
    const aside = await this.files.keepAside(articleId, 'damaged');
    this.files.opened(articleId, replay.lastSeq, false);
    this.context.notice(damageNotice(this.path(articleId), damage, replay.applied, aside));
    return file;
  }

  /** A journal whose article file is gone is renamed aside, never deleted, and reported. */
  async keepOrphan(articleId: string, why: string): Promise<void> {
    const aside = await this.files.keepAside(articleId, 'orphaned').catch(() => null);
    if (aside !== null) this.context.notice(`${this.path(articleId)} holds claim changes to ${why}; they were not applied. The journal was kept as ${aside}.`);
  }

  /** Journals of articles the library does not list, kept aside. */
  async keepStrays(listed: ReadonlySet<string>): Promise<void> {
    for (const articleId of await this.files.strays(listed)) await this.keepOrphan(articleId, 'an article that is not in the library');
  }

  /** The article was deleted: its journal and any waiting compaction go. */
  async forget(articleId: string): Promise<void> {
    this.policy.folded(articleId);
    await this.files.forget(articleId);
  }
}
