// The folder of article files, `articles/<id>.json`: each opened once and kept in memory,
// and, for one that could not be repaired, the reason, so later reads keep saying why.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { ApiError } from '../../shared/api';
import type { Article, Claim } from '../../shared/model';
import { deepFreeze } from './frozen-records';
import { DurableJsonFile, backupPath } from './durable-json-file';
import { MissingFileError, UnrepairableFileError, openCheckedFile, saveFile, type StoreContext } from './file-recovery';
import { CURRENT_FORMAT_VERSION, migrateArticleFile, type ArticleFile } from './format-migrations';

/** What happens right after an article file is opened: its journal is replayed, or kept aside when the file is lost. */
export interface OpenedFileHooks {
  recover(articleId: string, file: Low<ArticleFile>): Promise<Low<ArticleFile>>;
  lost(articleId: string): Promise<void>;
}

export class ArticleFiles {
  readonly folder: string;
  private readonly context: StoreContext;
  private readonly hooks: OpenedFileHooks;
  private readonly files = new Map<string, Promise<Low<ArticleFile>>>();
  /** Why an article's file could not be repaired, kept while the file stays gone. */
  private readonly damage = new Map<string, UnrepairableFileError>();

  constructor(dataDir: string, context: StoreContext, hooks: OpenedFileHooks) {
    this.folder = join(dataDir, 'articles');
    this.context = context;
    this.hooks = hooks;
  }

  path(articleId: string): string {
    // Ids are made by the app, but a hostile id must never name a path outside the folder.
    if (!/^[A-Za-z0-9-]+$/.test(articleId)) throw new ApiError('not-found', `No article with id "${articleId}".`);
    return join(this.folder, `${articleId}.json`);
  }

  /** Writes the file of a new article, with its first claims (an import's) or none. */
  async create(article: Article, claims: readonly Claim[] = []): Promise<void> {
    const file = new Low<ArticleFile>(new DurableJsonFile<ArticleFile>(this.path(article.id), this.context.fs), {
      format: 'claimmark-article',
      version: CURRENT_FORMAT_VERSION,
      article,
      claims: claims.map(deepFreeze),
    });
    await saveFile(file, `the article "${article.title}"`);
    this.files.set(article.id, Promise.resolve(file));
  }

  open(articleId: string): Promise<Low<ArticleFile>> {
    let file = this.files.get(articleId);
    if (file === undefined) {
      const opening = openCheckedFile<ArticleFile>(this.path(articleId), migrateArticleFile, null, this.context);
      file = opening.then((opened) => this.hooks.recover(articleId, opened)).catch(async (error: unknown) => {
        this.files.delete(articleId);
        if (error instanceof MissingFileError || error instanceof UnrepairableFileError) await this.hooks.lost(articleId);
        // Once a damaged file is moved aside, later reads find only its copy; they keep saying why it was damaged.
        const earlier = this.damage.get(articleId);
        const sameCopy = error instanceof MissingFileError || (error instanceof UnrepairableFileError && error.keptAs === earlier?.keptAs);
        if (earlier !== undefined && sameCopy) throw earlier;
        if (error instanceof UnrepairableFileError) this.damage.set(articleId, error);
        throw error;
      });
      this.files.set(articleId, file);
    }
    return file;
  }

  /** Opens every listed article at start; one that cannot be repaired is told of at every start, with where its damaged copy is. */
  async openAll(articleIds: readonly string[]): Promise<void> {
    const opening = async (articleId: string) => {
      try {
        await this.open(articleId);
      } catch (error) {
        if (error instanceof UnrepairableFileError) this.context.notice(error.message);
      }
    };
    await Promise.all(articleIds.map(opening));
  }

  /** The article's file as held in memory, or null when it was never read (a damaged one). */
  async held(articleId: string): Promise<Low<ArticleFile> | null> {
    return (await this.files.get(articleId)?.catch(() => null)) ?? null;
  }

  /** Removes the article's file and its backup. */
  async remove(articleId: string): Promise<void> {
    this.files.delete(articleId);
    await rm(this.path(articleId), { force: true });
    await rm(backupPath(this.path(articleId)), { force: true });
  }
}
