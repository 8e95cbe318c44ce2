// Finds the library article an imported article belongs to: by its content hash or whole
// text, then its address (compared as article-address.ts says), then its title, each looked
// up in a map rather than by walking the library.

import type { Article, Claim } from '../model';
import { comparableAddress } from './article-address';
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
  private readonly byText = new Map<string, LibraryArticle>();
  private readonly bySource = new Map<string, LibraryArticle>();
  private readonly byTitle = new Map<string, LibraryArticle>();
  private readonly byId = new Map<string, LibraryArticle>();

  constructor(library: readonly LibraryArticle[]) {
    for (const entry of library) this.add(entry);
  }

  /** Makes `entry` findable; the first article with a given hash, text, source or title keeps it. */
  add(entry: LibraryArticle): void {
    const { id, contentHash, text, source, title } = entry.article;
    this.byId.set(id, entry);
    if (!this.byHash.has(contentHash)) this.byHash.set(contentHash, entry);
    if (!this.byText.has(text)) this.byText.set(text, entry);
    if (source !== null && !this.bySource.has(comparableAddress(source))) this.bySource.set(comparableAddress(source), entry);
    const normal = normalTitle(title);
    if (normal !== '' && !this.byTitle.has(normal)) this.byTitle.set(normal, entry);
  }

  /** The article `ref` names and what matched: its text (or hash), its address, or its title. */
  findHow(ref: ArticleRef): { entry: LibraryArticle; by: 'text' | 'address' | 'title' } | undefined {
    const byText = (ref.contentHash === undefined ? undefined : this.byHash.get(ref.contentHash)) ?? (ref.text === undefined ? undefined : this.byText.get(ref.text));
    if (byText !== undefined) return { entry: byText, by: 'text' };
    const byAddress = ref.source === undefined ? undefined : this.bySource.get(comparableAddress(ref.source));
    if (byAddress !== undefined) return { entry: byAddress, by: 'address' };
    const byTitle = ref.title === undefined || normalTitle(ref.title) === '' ? undefined : this.byTitle.get(normalTitle(ref.title));
    return byTitle === undefined ? undefined : { entry: byTitle, by: 'title' };
  }

  withId(articleId: string): LibraryArticle | undefined {
    return this.byId.get(articleId);
  }

  /** True for a reference that names no article at all (W3C files without a source, such as recogito-js writes). */
  static namesNothing(ref: ArticleRef): boolean {
    return ref.contentHash === undefined && ref.text === undefined && ref.source === undefined && ref.title === undefined;
  }
}
