// Decides what an import does to the library before anything is written: which article
// each imported claim belongs to, where it anchors in that article's text (the same
// anchoring as everywhere: position, quote, fuzzy, else orphan), and whether it adds a
// claim, updates one (only when the import is newer) or is skipped. Any claim that cannot
// be placed at all fails the whole plan, so an import is all or nothing.

import { anchorClaim } from '../anchoring/anchor-claim';
import { describeRange, rangeProblem } from '../anchoring/selectors';
import { reviewAfterMove } from '../claims/review-edits';
import { toUtf16Position } from '../exchange/text-offsets';
import { idSchema, type Article, type Claim, type ClaimSelectors, type TextPositionSelector } from '../model';
import type { ArticleRef, ImportBundle, ImportedArticle, ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';

export interface LibraryArticle {
  article: Article;
  claims: readonly Claim[];
}

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
  orphaned: number;
  /** Titles of the articles the import touched, the new ones included. */
  articles: string[];
  warnings: string[];
}

export interface ImportPlan {
  /** Articles already in the library, with their complete new list of claims. */
  updates: { articleId: string; claims: Claim[] }[];
  /** Articles the import brings (native exports carry the whole text). */
  newArticles: { article: Article; claims: Claim[] }[];
  summary: ImportSummary;
}

export interface ImportContext {
  now: string;
  newId: () => string;
  /** Builds a library article from an exported one's text, or null when the file has none. */
  makeArticle: (ref: ArticleRef) => Article | null;
}

function sameTitle(a: string, b: string): boolean {
  const normal = (value: string) => value.normalize('NFC').trim().toLowerCase();
  return normal(a) !== '' && normal(a) === normal(b);
}

function findArticle(ref: ArticleRef, library: readonly LibraryArticle[]): LibraryArticle | undefined {
  return (
    library.find((entry) => ref.contentHash !== undefined && entry.article.contentHash === ref.contentHash) ??
    library.find((entry) => ref.source !== undefined && entry.article.source !== null && entry.article.source === ref.source) ??
    library.find((entry) => ref.title !== undefined && sameTitle(entry.article.title, ref.title))
  );
}

function describeRef(ref: ArticleRef): string {
  return ref.title ?? ref.source ?? ref.contentHash ?? 'an unnamed article';
}

/** The imported selectors, in this text's UTF-16 offsets, completed where one is missing. */
function selectorsIn(text: string, claim: ImportedClaim, offsetUnit: ImportedArticle['offsetUnit']): ClaimSelectors | null {
  let position: TextPositionSelector | null = claim.position;
  if (position !== null && offsetUnit === 'code-point') position = toUtf16Position(text, position);
  const positionHolds = position !== null && rangeProblem(text, position.start, position.end) === null;
  if (claim.quote !== null) {
    return { position: positionHolds && position !== null ? position : { type: 'TextPositionSelector', start: 0, end: 0 }, quote: claim.quote };
  }
  return positionHolds && position !== null ? describeRange(text, position) : null;
}

function placeClaim(text: string, articleId: string, imported: ImportedClaim, id: string, selectors: ClaimSelectors, context: ImportContext, created: string): Claim {
  const result = anchorClaim(text, selectors);
  const base: Claim = {
    id,
    articleId,
    status: imported.status,
    note: imported.note,
    claimant: imported.claimant,
    claimReviewed: imported.claimReviewed,
    evidence: imported.evidence.map((item) => ({ ...item, id: item.id !== null && idSchema.safeParse(item.id).success ? item.id : context.newId(), added: item.added ?? context.now })),
    history: imported.history,
    review: imported.review,
    selectors,
    anchor: { state: 'orphaned', method: 'imported', score: null, candidate: null },
    created,
    modified: imported.modified ?? context.now,
  };
  if (result.kind === 'orphan') {
    return { ...base, anchor: { state: 'orphaned', method: 'imported', score: null, candidate: result.candidate } };
  }
  const placed = describeRange(text, result);
  return {
    ...base,
    selectors: placed,
    // On other words than the file's claim held, its status needs review as after an update.
    review: result.kind === 'fuzzy' ? reviewAfterMove(base, placed.quote.exact, context.now) : base.review,
    anchor: { state: 'anchored', method: 'imported', score: result.kind === 'fuzzy' ? result.score : 1, candidate: null },
  };
}

export function planImport(bundle: ImportBundle, library: readonly LibraryArticle[], context: ImportContext): ImportPlan {
  const summary: ImportSummary = { added: 0, updated: 0, skipped: 0, orphaned: 0, articles: [], warnings: [...bundle.warnings] };
  const updates = new Map<string, Claim[]>();
  const newArticles: { article: Article; claims: Claim[] }[] = [];

  bundle.articles.forEach((imported, articleIndex) => {
    let target = findArticle(imported.ref, [...library, ...newArticles]);
    if (target === undefined) {
      const made = context.makeArticle(imported.ref);
      if (made === null) {
        throw new ImportError(
          `No article in the library matches “${describeRef(imported.ref)}” (article ${articleIndex + 1} of the file). Open that article first, then import again.`,
        );
      }
      const created = { article: made, claims: [] as Claim[] };
      newArticles.push(created);
      target = created;
    }
    const { article } = target;
    const claims = updates.get(article.id) ?? newArticles.find((entry) => entry.article.id === article.id)?.claims ?? [...target.claims];
    if (!summary.articles.includes(article.title)) summary.articles.push(article.title);

    imported.claims.forEach((claim, claimIndex) => {
      const selectors = selectorsIn(article.text, claim, imported.offsetUnit);
      if (selectors === null) {
        throw new ImportError(
          `Claim ${claimIndex + 1} (${claim.id}) of “${article.title}” has no quote and its position is outside the article, so it cannot be placed.`,
        );
      }
      // An existing claim is found by its id as it is; a new claim keeps its id only when it is
      // one ClaimMark could have made itself.
      const ownId = idSchema.safeParse(claim.id).success && /^[A-Za-z0-9._:-]+$/.test(claim.id) ? claim.id : null;
      const index = claims.findIndex((existing) => existing.id === claim.id);
      const existing = claims[index];
      if (existing !== undefined) {
        if (claim.modified === null || claim.modified <= existing.modified) {
          summary.skipped += 1;
          return;
        }
        const placed = placeClaim(article.text, article.id, claim, existing.id, selectors, context, existing.created);
        claims[index] = placed;
        summary.updated += 1;
        if (placed.anchor.state === 'orphaned') summary.orphaned += 1;
        return;
      }
      const placed = placeClaim(article.text, article.id, claim, ownId ?? context.newId(), selectors, context, claim.created ?? context.now);
      claims.push(placed);
      summary.added += 1;
      if (placed.anchor.state === 'orphaned') summary.orphaned += 1;
    });
    if (!newArticles.some((entry) => entry.article.id === article.id)) updates.set(article.id, claims);
  });

  return { updates: [...updates].map(([articleId, claims]) => ({ articleId, claims })), newArticles, summary };
}
