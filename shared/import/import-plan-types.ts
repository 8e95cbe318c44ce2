// What an import plan is made of and what it says: the plan itself, its summary and each
// article's row in it, and what the caller gives the planner (plan-import.ts).

import type { Article, Claim } from '../model';
import type { ArticleRef, LabelOutcome } from './import-bundle';

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
  orphaned: number;
  /** Claims given a new id because theirs was used by another article, or twice in the file. */
  renewedIds: number;
  /** Titles of the articles the import touched, the new ones included. */
  articles: string[];
  /** What happens to each article of the file, in the file's order. */
  perArticle: ImportArticleOutcome[];
  /** Each foreign label of the file and what it became: a status, or a tag. */
  labels: LabelOutcome[];
  warnings: string[];
}

export type MatchedBy = 'address' | 'text' | 'title' | 'chosen' | 'open-article' | 'new' | 'none';

export interface ImportArticleOutcome {
  /** The article's place in the file, from 1. */
  fileArticle: number;
  /** How the file names the article, for the analyst. */
  named: string;
  articleId: string | null;
  title: string | null;
  matchedBy: MatchedBy;
  added: number;
  updated: number;
  skippedOlder: number;
  skippedDuplicate: number;
  skippedUnmatched: number;
  orphaned: number;
}

export interface ImportPlan {
  /** Articles already in the library: their complete new list of claims, and what changes in it. */
  updates: { articleId: string; claims: Claim[]; added: Claim[]; replaced: { before: Claim; claim: Claim }[] }[];
  /** Articles the import brings (native exports carry the whole text). */
  newArticles: { article: Article; claims: Claim[] }[];
  summary: ImportSummary;
}

export interface ImportContext {
  now: string;
  newId: () => string;
  /** Builds a library article from an exported one's text, or null when the file has none. */
  makeArticle: (ref: ArticleRef) => Article | null;
  /** The article the analyst has open: where annotations that name no article go. */
  openArticleId?: string | null;
  /** Library articles the analyst chose for articles of the file (by place in the file, from 1). */
  targets?: ReadonlyMap<number, string>;
}
