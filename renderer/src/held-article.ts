// The articles the API worker holds for the browser host (shared/held-article.ts): the last
// ones it read in full, each with its version's tag. A getArticle for a held article names the
// tag; when the host answers that the version is still current, the answer is the held article
// with the claims just sent, so switching back to a long article moves only its claims. At most
// HELD_ARTICLES are held, and no more text than HELD_TEXT_UNITS in all beside the last one read
// (the window keeps its own copy of the article it shows).

import type { Article } from '../../shared/model';
import { ARTICLE_HELD_HEADER, ARTICLE_TAG_HEADER, HELD_ARTICLE_HEADER } from '../../shared/held-article';
import type { CheckedAnswer } from './answer-check';

export interface HeldArticle {
  tag: string;
  article: Article;
}

/** How many articles are held, the last read first to stay. */
export const HELD_ARTICLES = 4;
/** UTF-16 code units of text held in all (about 40 MB of memory), not counting the last article read. */
export const HELD_TEXT_UNITS = 20_000_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export class ArticleHolder {
  /** By article id, the least recently read first. */
  private readonly held = new Map<string, HeldArticle>();

  /** What a getArticle for `articleId` can name as held. */
  heldFor(articleId: string | undefined): HeldArticle | null {
    return articleId === undefined ? null : (this.held.get(articleId) ?? null);
  }

  private hold(entry: HeldArticle): void {
    this.held.delete(entry.article.id);
    this.held.set(entry.article.id, entry);
    const textOf = (held: HeldArticle) => (typeof held.article.text === 'string' ? held.article.text.length : 0);
    let others = [...this.held.values()].reduce((sum, held) => sum + textOf(held), 0) - textOf(entry);
    for (const [id, held] of this.held) {
      if (held === entry || (this.held.size <= HELD_ARTICLES && others <= HELD_TEXT_UNITS)) break;
      this.held.delete(id);
      others -= textOf(held);
    }
  }

  /** The request's headers, naming `held` when there is one. */
  headers(init: HeadersInit | undefined, held: HeldArticle | null): Headers {
    const headers = new Headers(init);
    if (held !== null) headers.set(HELD_ARTICLE_HEADER, held.tag);
    return headers;
  }

  /**
   * A getArticle's checked answer made whole: with the held article when the host says it is
   * current (`held`: what the request named), and the article read in full held from now on.
   */
  take(answer: CheckedAnswer, headers: Headers, held: HeldArticle | null): CheckedAnswer {
    if (!answer.ok || !isRecord(answer.value)) return answer;
    const heldTag = headers.get(ARTICLE_HELD_HEADER);
    if (heldTag !== null) {
      const { claims } = answer.value;
      if (held === null || held.tag !== heldTag || !Array.isArray(claims)) {
        return { ok: false, code: 'internal', message: 'The host answered with the claims of an article version this window does not hold. Reload the window.' };
      }
      this.hold(held);
      return { ok: true, value: { article: held.article, claims } };
    }
    const tag = headers.get(ARTICLE_TAG_HEADER);
    const { article } = answer.value;
    if (tag !== null && isRecord(article) && typeof article.id === 'string') this.hold({ tag, article: article as unknown as Article });
    return answer;
  }
}
