// Decides what an import does to the library before anything is written: which article
// each imported claim belongs to, where it anchors in that article's text (the same
// anchoring as everywhere: position, quote, fuzzy, else orphan), and whether it adds a
// claim, updates one (only when the import is newer) or is skipped. Any claim that cannot
// be placed at all fails the whole plan, so an import is all or nothing. The anchoring
// step sits between prepareImport and finishImport, so a host can run it off its thread.

import { anchorBatch } from '../anchoring/anchor-batch';
import type { AnchorResult } from '../anchoring/anchor-claim';
import { describeRange, rangeProblem } from '../anchoring/selectors';
import { reviewAfterMove } from '../claims/review-edits';
import { toUtf16Position } from '../exchange/text-offsets';
import { idSchema, type Article, type Claim, type ClaimSelectors, type Evidence, type TextPositionSelector } from '../model';
import { comparableAddress } from './article-address';
import type { ArticleRef, ImportBundle, ImportedArticle, ImportedClaim, LabelOutcome } from './import-bundle';
import { ImportError } from './import-error';
import { ArticleFinder, type LibraryArticle } from './article-finder';

export type { LibraryArticle } from './article-finder';

export interface ImportSummary {
  added: number;
  updated: number;
  skipped: number;
  orphaned: number;
  /** Claims given a new id because theirs was used by another article, or twice in the file. */
  renewedIds: number;
  /** Titles of the articles the import touched, the new ones included. */
  articles: string[];
  /** Each foreign label of the file and what it became: a status, or a tag. */
  labels: LabelOutcome[];
  warnings: string[];
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
}

/** An imported claim with its id and selectors settled, waiting to be anchored. */
interface PendingClaim {
  imported: ImportedClaim;
  id: string;
  selectors: ClaimSelectors;
  evidence: Evidence[];
  created: string;
  /** Where the claim it updates stands in the article's claims; null for a new claim. */
  replaces: number | null;
}

interface PreparedArticle {
  article: Article;
  isNew: boolean;
  /** The article's claims before the import. */
  claims: readonly Claim[];
  pending: PendingClaim[];
}

export interface PreparedImport {
  articles: PreparedArticle[];
  summary: ImportSummary;
  now: string;
}

/** What the anchoring step is given: per prepared article its text and the claims to place, in order. */
export function anchorRequests(prepared: PreparedImport): { text: string; selectors: ClaimSelectors[] }[] {
  return prepared.articles.map(({ article, pending }) => ({ text: article.text, selectors: pending.map((claim) => claim.selectors) }));
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

/** A new claim keeps its id only when it is one ClaimMark could have made itself. */
function ownIdOf(id: string): string | null {
  return idSchema.safeParse(id).success && /^[A-Za-z0-9._:-]+$/.test(id) ? id : null;
}

export function prepareImport(bundle: ImportBundle, library: readonly LibraryArticle[], context: ImportContext): PreparedImport {
  const summary: ImportSummary = { added: 0, updated: 0, skipped: 0, orphaned: 0, renewedIds: 0, articles: [], labels: bundle.labels.map((outcome) => ({ ...outcome })), warnings: [...bundle.warnings] };
  const finder = new ArticleFinder(library);
  const prepared = new Map<string, PreparedArticle & { byId: Map<string, number> }>();
  /** Every claim id the library holds, with its article, and every id this import has given out. */
  const owners = new Map<string, string>();
  for (const { article, claims } of library) for (const claim of claims) owners.set(claim.id, article.id);
  const given = new Set<string>();

  bundle.articles.forEach((imported, articleIndex) => {
    const open = context.openArticleId == null ? undefined : finder.withId(context.openArticleId);
    let target = ArticleFinder.namesNothing(imported.ref) ? open : finder.find(imported.ref);
    let isNew = false;
    if (target === undefined) {
      const made = context.makeArticle(imported.ref);
      if (made === null) throw new ImportError(notFoundMessage(imported.ref, articleIndex, open?.article));
      target = { article: made, claims: [] };
      finder.add(target);
      isNew = true;
    }
    const { article } = target;
    let entry = prepared.get(article.id);
    if (entry === undefined) {
      entry = { article, isNew, claims: target.claims, pending: [], byId: new Map(target.claims.map((claim, index) => [claim.id, index])) };
      prepared.set(article.id, entry);
      summary.articles.push(article.title);
    }
    const { byId, pending } = entry;

    imported.claims.forEach((claim, claimIndex) => {
      const selectors = selectorsIn(article.text, claim, imported.offsetUnit);
      if (selectors === null) {
        throw new ImportError(
          `Claim ${claimIndex + 1} (${claim.id}) of “${article.title}” has no quote and its position is outside the article, so it cannot be placed.`,
        );
      }
      const evidenceOf = () => claim.evidence.map((item) => ({ ...item, id: item.id !== null && idSchema.safeParse(item.id).success ? item.id : context.newId(), added: item.added ?? context.now }));
      // An existing claim of this article is found by its id as it is, once per file.
      const index = given.has(claim.id) ? undefined : byId.get(claim.id);
      const existing = index === undefined ? undefined : entry.claims[index];
      if (index !== undefined && existing !== undefined) {
        given.add(claim.id);
        if (claim.modified === null || claim.modified <= existing.modified) {
          summary.skipped += 1;
          return;
        }
        pending.push({ imported: claim, id: existing.id, selectors, evidence: evidenceOf(), created: existing.created, replaces: index });
        summary.updated += 1;
        return;
      }
      let id = ownIdOf(claim.id);
      // An id another article holds, or one this file already used, would make two claims one.
      if (id !== null && (owners.has(id) || given.has(id))) {
        id = null;
        summary.renewedIds += 1;
      }
      id ??= context.newId();
      given.add(id);
      pending.push({ imported: claim, id, selectors, evidence: evidenceOf(), created: claim.created ?? context.now, replaces: null });
      summary.added += 1;
    });
  });

  return { articles: [...prepared.values()].map(({ byId: _, ...entry }) => entry), summary, now: context.now };
}

/** Why no article was found: what the file names, compared how, and what the open article is. */
function notFoundMessage(ref: ArticleRef, articleIndex: number, open: Article | undefined): string {
  const which = `article ${articleIndex + 1} of the file`;
  if (ArticleFinder.namesNothing(ref)) {
    return `The annotations of ${which} do not say which article they are on (no source). Open that article, then import again: they go to the open article.`;
  }
  const lookedFor = [
    ref.source === undefined ? null : `the address “${ref.source}” (compared as “${comparableAddress(ref.source)}”: without http/https, “www.”, a trailing slash, tracking parameters or “#…”)`,
    ref.title === undefined ? null : `the title “${ref.title}”`,
    ref.contentHash === undefined ? null : `the text with hash ${ref.contentHash}`,
  ].filter((part): part is string => part !== null);
  const openNote =
    open === undefined ? '' : ` The open article, “${open.title}”, has ${open.source === null ? 'no address' : `the address “${open.source}”`}.`;
  return `No article in the library matches ${which}: it names ${lookedFor.join(' and ')}.${openNote} Open the article it is on first, then import again.`;
}

function placedClaim(text: string, articleId: string, claim: PendingClaim, result: AnchorResult, now: string): Claim {
  const { imported } = claim;
  const base: Claim = {
    id: claim.id,
    articleId,
    status: imported.status,
    note: imported.note,
    claimant: imported.claimant,
    claimReviewed: imported.claimReviewed,
    claimantType: imported.claimantType,
    tags: [...imported.tags],
    evidence: claim.evidence,
    history: imported.history,
    review: imported.review,
    selectors: claim.selectors,
    anchor: { state: 'orphaned', method: 'imported', score: null, candidate: null },
    created: claim.created,
    modified: imported.modified ?? now,
  };
  if (result.kind === 'orphan') {
    return { ...base, anchor: { state: 'orphaned', method: 'imported', score: null, candidate: result.candidate } };
  }
  const placed = describeRange(text, result);
  return {
    ...base,
    selectors: placed,
    // On other words than the file's claim held, its status needs review as after an update.
    review: result.kind === 'fuzzy' ? reviewAfterMove(base, placed.quote.exact, now) : base.review,
    anchor: { state: 'anchored', method: 'imported', score: result.kind === 'fuzzy' ? result.score : 1, candidate: null },
  };
}

/** The plan, from the prepared import and the anchoring of `anchorRequests`, article by article. */
export function finishImport(prepared: PreparedImport, anchored: readonly (readonly AnchorResult[])[]): ImportPlan {
  const summary = { ...prepared.summary };
  const plan: ImportPlan = { updates: [], newArticles: [], summary };
  prepared.articles.forEach(({ article, isNew, claims: before, pending }, articleIndex) => {
    const results = anchored[articleIndex];
    if (results?.length !== pending.length) throw new Error(`The anchoring of “${article.title}” answered for ${results?.length ?? 0} of ${pending.length} claims.`);
    const claims = [...before];
    const added: Claim[] = [];
    const replaced: { before: Claim; claim: Claim }[] = [];
    pending.forEach((claim, index) => {
      const result = results[index] ?? { kind: 'orphan', candidate: null };
      const placed = placedClaim(article.text, article.id, claim, result, prepared.now);
      if (placed.anchor.state === 'orphaned') summary.orphaned += 1;
      const earlier = claim.replaces === null ? undefined : before[claim.replaces];
      if (claim.replaces === null || earlier === undefined) {
        claims.push(placed);
        added.push(placed);
      } else {
        claims[claim.replaces] = placed;
        replaced.push({ before: earlier, claim: placed });
      }
    });
    if (isNew) plan.newArticles.push({ article, claims });
    else plan.updates.push({ articleId: article.id, claims, added, replaced });
  });
  return plan;
}

/** prepareImport, anchoring and finishImport in the caller's thread. */
export function planImport(bundle: ImportBundle, library: readonly LibraryArticle[], context: ImportContext): ImportPlan {
  const prepared = prepareImport(bundle, library, context);
  return finishImport(prepared, anchorRequests(prepared).map(({ text, selectors }) => anchorBatch(text, selectors).results));
}
