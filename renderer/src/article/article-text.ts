// The open article's text as the window reads it: in the pieces it came in when the host
// sent it in pieces (a long article), so no task has to build it as one flat string.

import { PieceText, type TextSource } from '../../../shared/article/text-source';
import type { Article } from '../../../shared/model';

const piecesOf = new WeakMap<Article, PieceText>();

/** `article`, whose `text` is `pieces` joined; its text is read from the pieces from now on. */
export function withTextPieces(article: Article, pieces: readonly string[], pieceLength: number): Article {
  piecesOf.set(article, new PieceText(pieces, pieceLength));
  return article;
}

/** Read the article's text through this, never `article.text` directly. */
export function textOf(article: Article): TextSource {
  return piecesOf.get(article) ?? article.text;
}
