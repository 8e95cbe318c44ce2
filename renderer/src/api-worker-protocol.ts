// The messages between the window and its API worker (api-worker.ts, host-calls.ts). A long
// article comes in pieces, each a message (and a task) of its own, so no one task of the
// window's thread has to take in 20 MB of text.

import type { ApiMethod } from '../../shared/api-methods';
import type { ArticleBlock, ArticleMark, ArticleWithClaims, Claim } from '../../shared/model';
import type { CheckedAnswer } from './answer-check';
import { withTextPieces } from './article/article-text';

/**
 * A call for the worker: the request to send to the browser host, the body of an answer the
 * window's thread asked for at start (read as it streams in, with the answer's headers), or the
 * desktop host's raw answer to check. `articleId`: the article a getArticle asks for, which the
 * worker may hold already (held-article.ts).
 */
export type ApiWorkerCall =
  | { method: ApiMethod; kind: 'fetch'; url: string; init: RequestInit; articleId?: string }
  | { method: ApiMethod; kind: 'read'; body: ReadableStream<Uint8Array>; headers?: Record<string, string> }
  | { method: ApiMethod; kind: 'check'; raw: unknown };

export type ApiWorkerRequest = ApiWorkerCall & { id: number };

/** Part of an article's answer: some of its text, blocks, marks or claims, in order. */
export interface ArticlePiece {
  id: number;
  kind: 'piece';
  text?: string;
  blocks?: ArticleBlock[];
  marks?: ArticleMark[];
  claims?: Claim[];
}

/** A call's answer; `inPieces` when its article's text, blocks, marks and claims came before it as pieces. */
export type ApiWorkerAnswer = { id: number; kind: 'answer'; inPieces: boolean } & CheckedAnswer;

export type ApiWorkerMessage = ArticlePiece | ApiWorkerAnswer;

/** Characters of text, and blocks, marks or claims, per piece. */
export const TEXT_PIECE = 1_000_000;
export const ITEMS_PIECE = 2_000;

/** What the analyst reads when the browser host does not answer at all. */
export const UNREACHABLE_MESSAGE = 'ClaimMark is not reachable: is the browser host (npm run web) still running?';

/** Puts an article answer sent in pieces back together. */
export function joinPieces(pieces: readonly ArticlePiece[], rest: ArticleWithClaims): ArticleWithClaims {
  const texts = pieces.flatMap((piece) => (piece.text === undefined ? [] : [piece.text]));
  // Joined with +, which links the pieces rather than copying them: the window reads them through textOf().
  const text = texts.reduce((joined, piece) => joined + piece, '');
  const article = {
    ...rest.article,
    text,
    blocks: pieces.flatMap((piece) => piece.blocks ?? []),
    marks: pieces.flatMap((piece) => piece.marks ?? []),
  };
  return { article: withTextPieces(article, texts, TEXT_PIECE), claims: pieces.flatMap((piece) => piece.claims ?? []) };
}

/** The pieces of an article answer, and what is left of it once they are taken out. */
export function splitPieces(id: number, value: ArticleWithClaims): { pieces: ArticlePiece[]; rest: ArticleWithClaims } {
  const { article, claims } = value;
  const pieces: ArticlePiece[] = [];
  for (let at = 0; at < article.text.length; at += TEXT_PIECE) pieces.push({ id, kind: 'piece', text: article.text.slice(at, at + TEXT_PIECE) });
  for (let at = 0; at < article.blocks.length; at += ITEMS_PIECE) pieces.push({ id, kind: 'piece', blocks: article.blocks.slice(at, at + ITEMS_PIECE) });
  for (let at = 0; at < article.marks.length; at += ITEMS_PIECE) pieces.push({ id, kind: 'piece', marks: article.marks.slice(at, at + ITEMS_PIECE) });
  for (let at = 0; at < claims.length; at += ITEMS_PIECE) pieces.push({ id, kind: 'piece', claims: claims.slice(at, at + ITEMS_PIECE) });
  return { pieces, rest: { article: { ...article, text: '', blocks: [], marks: [] }, claims: [] } };
}
