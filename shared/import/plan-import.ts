// Decides what an import does to the library before anything is written: which article
// each imported claim belongs to, where it anchors in that article's text (the same
// anchoring as everywhere: position, quote, fuzzy, else orphan), and whether it adds a
// claim, updates one (only when the import is newer) or is skipped. Any claim that cannot
// be placed at all fails the whole plan, so an import is all or nothing. The anchoring
// step sits between prepareImport and finishImport, so a host can run it off its thread.

import { anchorBatch } from '../anchoring/anchor-batch';
import type { AnchorResult } from '../anchoring/anchor-claim';
import { describeRange, rangeProblem } from '../anchoring/selectors';
import { toUtf16Position } from '../exchange/text-offsets';
import { idSchema, type Article, type Claim, type ClaimSelectors, type TextPositionSelector } from '../model';
import { namedText, notFoundMessage } from './article-naming';
import { KnownClaims, libraryIdOf, originOf } from './claim-identity';
import type { ArticleRef, ImportBundle, ImportedArticle, ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';
import { ArticleFinder, type LibraryArticle } from './article-finder';
import type { ImportArticleOutcome, ImportContext, ImportPlan, ImportSummary, MatchedBy } from './import-plan-types';
import { placedClaim, sameWords, type PendingClaim } from './placed-claim';

export type { LibraryArticle } from './article-finder';
export type { ImportArticleOutcome, ImportContext, ImportPlan, ImportSummary, MatchedBy } from './import-plan-types';

interface PreparedArticle {
  article: Article;
  isNew: boolean;
  /** The rows of the summary's perArticle that go to this article. */
  outcomes: ImportArticleOutcome[];
  /** The article's claims before the import. */
  claims: readonly Claim[];
  pending: PendingClaim[];
}

export interface PreparedImport {
  articles: PreparedArticle[];
  summary: ImportSummary;
  now: string;
  /** Why each article of the file that matches none was not found, in the file's order. */
  unmatched: string[];
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

export function prepareImport(bundle: ImportBundle, library: readonly LibraryArticle[], context: ImportContext): PreparedImport {
  const summary: ImportSummary = {
    added: 0,
    updated: 0,
    skipped: 0,
    orphaned: 0,
    renewedIds: 0,
    articles: [],
    perArticle: [],
    labels: bundle.labels.map((outcome) => ({ ...outcome })),
    warnings: [...bundle.warnings],
  };
  const finder = new ArticleFinder(library);
  const prepared = new Map<string, PreparedArticle & { known: KnownClaims }>();
  const unmatched: string[] = [];
  /** Every claim id the library holds, with its article, and every id this import has given out. */
  const owners = new Map<string, string>();
  for (const { article, claims } of library) for (const claim of claims) owners.set(claim.id, article.id);
  const given = new Set<string>();

  bundle.articles.forEach((imported, articleIndex) => {
    const fileArticle = articleIndex + 1;
    const found = targetOf(imported.ref, fileArticle, finder, context);
    const outcome: ImportArticleOutcome = {
      fileArticle,
      named: namedText(imported.ref),
      articleId: null,
      title: null,
      matchedBy: found?.by ?? 'none',
      added: 0,
      updated: 0,
      skippedOlder: 0,
      skippedDuplicate: 0,
      skippedUnmatched: 0,
      orphaned: 0,
    };
    summary.perArticle.push(outcome);
    let target = found?.entry;
    let isNew = false;
    if (target === undefined) {
      const made = context.makeArticle(imported.ref);
      if (made === null) {
        // Left out, and said so: the analyst can choose an article for it and preview again.
        outcome.skippedUnmatched = imported.claims.length;
        summary.skipped += imported.claims.length;
        unmatched.push(notFoundMessage(imported.ref, articleIndex, context.openArticleId == null ? undefined : finder.withId(context.openArticleId)?.article));
        return;
      }
      target = { article: made, claims: [] };
      finder.add(target);
      isNew = true;
      outcome.matchedBy = 'new';
    }
    const { article } = target;
    outcome.articleId = article.id;
    outcome.title = article.title;
    let entry = prepared.get(article.id);
    if (entry === undefined) {
      entry = { article, isNew, outcomes: [], claims: target.claims, pending: [], known: new KnownClaims(target.claims) };
      prepared.set(article.id, entry);
      summary.articles.push(article.title);
    }
    entry.outcomes.push(outcome);
    const { known, pending } = entry;

    imported.claims.forEach((claim, claimIndex) => {
      const selectors = selectorsIn(article.text, claim, imported.offsetUnit);
      if (selectors === null) {
        throw new ImportError(
          `Claim ${claimIndex + 1} (${claim.id}) of “${article.title}” has no quote and its position is outside the article, so it cannot be placed.`,
        );
      }
      const evidenceOf = () => claim.evidence.map((item) => ({ ...item, id: keptEvidenceId(item.id) ?? context.newId(), added: item.added ?? context.now }));
      const origin = originOf(bundle.kind, claim);
      const existing = known.find(claim.id, origin, given);
      if (existing !== undefined) {
        given.add(existing.claim.id);
        if (claim.modified === null || !isLater(claim.modified, existing.claim.modified)) {
          outcome.skippedOlder += 1;
          summary.skipped += 1;
          return;
        }
        // The claim keeps where it first came from; one that had no origin takes the file's.
        const kept = existing.claim.origin ?? origin;
        pending.push({ imported: claim, id: existing.claim.id, selectors, evidence: evidenceOf(), created: existing.claim.created, replaces: existing.index, outcome, idDerived: false, origin: kept });
        return;
      }
      const libraryId = libraryIdOf(claim.id);
      let id: string | null = libraryId.id;
      const idDerived = libraryId.derived;
      // An id another article holds, or one this file already used, would make two claims one.
      if (owners.has(id) || given.has(id)) {
        id = null;
        summary.renewedIds += 1;
      }
      id ??= context.newId();
      given.add(id);
      pending.push({ imported: claim, id, selectors, evidence: evidenceOf(), created: claim.created ?? context.now, replaces: null, outcome, idDerived, origin });
    });
  });

  return { articles: [...prepared.values()].map(({ known: _, ...entry }) => entry), summary, now: context.now, unmatched };
}

/** The library article an article of the file goes to, and how it was found; undefined when none. */
function targetOf(ref: ArticleRef, fileArticle: number, finder: ArticleFinder, context: ImportContext): { entry: LibraryArticle; by: MatchedBy } | undefined {
  const chosen = context.targets?.get(fileArticle);
  if (chosen !== undefined) {
    const entry = finder.withId(chosen);
    if (entry === undefined) throw new ImportError(`The article chosen for article ${fileArticle} of the file is no longer in the library; choose another.`);
    return { entry, by: 'chosen' };
  }
  if (ArticleFinder.namesNothing(ref)) {
    const open = context.openArticleId == null ? undefined : finder.withId(context.openArticleId);
    return open === undefined ? undefined : { entry: open, by: 'open-article' };
  }
  return finder.findHow(ref);
}

/** Refuses a plan in which nothing can be used because no article of the file is in the library, with why. */
export function refuseUnusable(prepared: Pick<PreparedImport, 'unmatched' | 'summary'>): void {
  const first = prepared.unmatched[0];
  if (first !== undefined && prepared.summary.perArticle.every((row) => row.matchedBy === 'none')) throw new ImportError(first);
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
    /** The claims of the article by their words, to find a duplicate without walking them all. */
    const byQuote = new Map<string, Claim[]>();
    const remember = (claim: Claim) => {
      const same = byQuote.get(claim.selectors.quote.exact);
      if (same === undefined) byQuote.set(claim.selectors.quote.exact, [claim]);
      else same.push(claim);
    };
    for (const claim of before) remember(claim);
    pending.forEach((claim, index) => {
      const { outcome } = claim;
      const result = results[index] ?? { kind: 'orphan', candidate: null };
      const placed = placedClaim(article.text, article.id, claim, result, prepared.now);
      const earlier = claim.replaces === null ? undefined : before[claim.replaces];
      if (claim.replaces === null || earlier === undefined) {
        // Claims that keep their file's id are told apart by it; one with a made id may be there already under the id an earlier import gave it.
        if (claim.idDerived && (byQuote.get(placed.selectors.quote.exact) ?? []).some((other) => sameWords(other, placed))) {
          outcome.skippedDuplicate += 1;
          summary.skipped += 1;
          return;
        }
        claims.push(placed);
        added.push(placed);
        remember(placed);
        outcome.added += 1;
        summary.added += 1;
      } else {
        claims[claim.replaces] = placed;
        replaced.push({ before: earlier, claim: placed });
        outcome.updated += 1;
        summary.updated += 1;
      }
      if (placed.anchor.state === 'orphaned') {
        outcome.orphaned += 1;
        summary.orphaned += 1;
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
  refuseUnusable(prepared);
  return finishImport(prepared, anchorRequests(prepared).map(({ text, selectors }) => anchorBatch(text, selectors).results));
}

/** Whether one time is later than another, as times: files write the same time in more than one way ("…00Z", "…00.000Z"). */
function isLater(time: string, than: string): boolean {
  return Date.parse(time) > Date.parse(than);
}

/** An evidence id of the file, kept when it is one ClaimMark could have given: never one with a control character, which the host's own ids are made with. */
function keptEvidenceId(id: string | null): string | null {
  return id !== null && idSchema.safeParse(id).success && !/\p{Cc}/u.test(id) ? id : null;
}
