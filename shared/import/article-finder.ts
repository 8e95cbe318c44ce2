// Finds the library article an imported article belongs to: by its content hash, then its
// source, then its title, each looked up in a map rather than by walking the library.

import type { Article, Claim } from '../model';
import type { ArticleRef } from './import-bundle';

export interface LibraryArticle {
  article: Article;
  claims: readonly Claim[];
}

function normalTitle(value: string): string {
  return value.normalize('NFC').trim().toLowerCase();
}

export class ArticleFinder {
  private readonly byHash = new Map<string, LibraryArticle>();
  private readonly bySource = new Map<string, LibraryArticle>();
  private readonly byTitle = new Map<string, LibraryArticle>();

  constructor(library: readonly LibraryArticle[]) {
    for (const entry of library) this.add(entry);
  }

  /** Makes `entry` findable; the first article with a given hash, source or title keeps it. */
  add(entry: LibraryArticle): void {
    const { contentHash, source, title } = entry.article;
    if (!this.byHash.has(contentHash)) this.byHash.set(contentHash, entry);
    if (source !== null && !this.bySource.has(source)) this.bySource.set(source, entry);
    const normal = normalTitle(title);
    if (normal !== '' && !this.byTitle.has(normal)) this.byTitle.set(normal, entry);
  }

  find(ref: ArticleRef): LibraryArticle | undefined {
    return (
      (ref.contentHash === undefined ? undefined : this.byHash.get(ref.contentHash)) ??
      (ref.source === undefined ? undefined : this.bySource.get(ref.source)) ??
      (ref.title === undefined || normalTitle(ref.title) === '' ? undefined : this.byTitle.get(normalTitle(ref.title)))
    );
  }

  static describe(ref: ArticleRef): string {
    return ref.title ?? ref.source ?? ref.contentHash ?? 'an unnamed article';
  }
}
