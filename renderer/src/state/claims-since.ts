// What changed between two versions of the open article's claims, for what is worked out from
// all of them (counts, tags, reading order): a status chosen or a note typed replaces one claim
// object and keeps the others, so these can be brought up to date from that claim alone
// instead of going over thousands of claims on every change.

import { claimCounts, type ClaimCounts } from '../../../shared/claims/claim-counts';
import { isChecked, needsReview } from '../../../shared/claims/checked';
import { tagsIn } from '../../../shared/claims/claim-tags';
import type { Claim } from '../../../shared/model';

interface Replacement {
  previous: readonly Claim[];
  indexes: readonly number[];
}

/** Lists made from another by replacing claims in their places, with where. */
const replacements = new WeakMap<readonly Claim[], Replacement>();
/** Each claim's index by id, shared by a list and the lists made from it by replacement. */
const positions = new WeakMap<readonly Claim[], ReadonlyMap<string, number>>();

/**
 * Says that `next` is `previous` with other objects for the same claims at `indexes`, so that
 * replacedAt and claimIndex can answer for it without going over the list.
 */
function replacedIn(previous: readonly Claim[], next: readonly Claim[], indexes: readonly number[]): void {
  replacements.set(next, { previous, indexes });
  const known = positions.get(previous);
  if (known !== undefined) positions.set(next, known);
}

/** A copy of `claims` with `claim` (the same claim, another record) at `index`. */
export function withClaimAt(claims: readonly Claim[], index: number, claim: Claim): Claim[] {
  const next = claims.with(index, claim);
  replacedIn(claims, next, [index]);
  return next;
}

/** Steps a list goes back through replacements to find an earlier one, before going over it. */
const REPLACEMENT_STEPS = 8;

function knownReplaced(previous: readonly Claim[], next: readonly Claim[]): number[] | null {
  const indexes = new Set<number>();
  let list = next;
  for (let step = 0; step < REPLACEMENT_STEPS; step += 1) {
    const replacement = replacements.get(list);
    if (replacement === undefined) return null;
    for (const index of replacement.indexes) indexes.add(index);
    if (replacement.previous === previous) return [...indexes].sort((a, b) => a - b);
    list = replacement.previous;
  }
  return null;
}

/**
 * The indexes at which `next` holds another object than `previous`, when both hold the same
 * claims (by id) in the same order; null when a claim was added, removed or moved in the list.
 * For a list made from `previous` by withClaimAt (or said to be by replacedIn), the indexes
 * replaced; any of them may hold the same object again.
 */
export function replacedAt(previous: readonly Claim[], next: readonly Claim[]): number[] | null {
  if (previous.length !== next.length) return null;
  if (previous === next) return [];
  const known = knownReplaced(previous, next);
  if (known !== null) return known;
  const replaced: number[] = [];
  for (let index = 0; index < next.length; index += 1) {
    const before = previous[index];
    const after = next[index];
    if (before === after) continue;
    if (before === undefined || after === undefined || before.id !== after.id) return null;
    replaced.push(index);
  }
  return replaced;
}

/** The index of the claim with id `claimId` in `claims`, or -1; one pass per list, shared with the lists made from it by replacement. */
export function claimIndex(claims: readonly Claim[], claimId: string | null): number {
  if (claimId === null) return -1;
  let known = positions.get(claims);
  if (known === undefined) {
    known = new Map(claims.map((claim, index) => [claim.id, index]));
    positions.set(claims, known);
  }
  return known.get(claimId) ?? -1;
}

/** The claim with id `claimId` in `claims`, or undefined (claimIndex). */
export function claimWithId(claims: readonly Claim[], claimId: string | null): Claim | undefined {
  const index = claimIndex(claims, claimId);
  return index < 0 ? undefined : claims[index];
}

/** Whether two versions of a claim stand on the same words in the same place (anchored or not alike). */
export function samePlace(a: Claim, b: Claim): boolean {
  return (
    a.anchor.state === b.anchor.state &&
    a.selectors.position.start === b.selectors.position.start &&
    a.selectors.position.end === b.selectors.position.end &&
    a.selectors.quote.exact === b.selectors.quote.exact
  );
}

/** `counts` with `claim` counted once more (`sign` 1) or once less (-1). */
function counted(counts: ClaimCounts, claim: Claim, sign: 1 | -1): ClaimCounts {
  return {
    claimCount: counts.claimCount,
    checkedCount: counts.checkedCount + (isChecked(claim) ? sign : 0),
    reviewCount: counts.reviewCount + (needsReview(claim) ? sign : 0),
    orphanCount: counts.orphanCount + (claim.anchor.state === 'orphaned' ? sign : 0),
    statusCounts: { ...counts.statusCounts, [claim.status]: counts.statusCounts[claim.status] + sign },
  };
}

/**
 * Remembers what was worked out for the last version of the claims, and works it out for the
 * next one from the claims replaced since, or afresh when claims were added, removed or moved.
 */
function following<T>(fresh: (claims: readonly Claim[]) => T, update: (last: T, previous: readonly Claim[], next: readonly Claim[], replaced: readonly number[]) => T | null) {
  let last: { claims: readonly Claim[]; value: T } | null = null;
  return (claims: readonly Claim[]): T => {
    if (last?.claims === claims) return last.value;
    const replaced = last === null ? null : replacedAt(last.claims, claims);
    // Most claims replaced (an update of the article moves them all): working it out afresh is as quick.
    const few = replaced !== null && replaced.length <= claims.length / 2;
    const value = (last !== null && replaced !== null && few ? update(last.value, last.claims, claims, replaced) : null) ?? fresh(claims);
    last = { claims, value };
    return value;
  };
}

/** The open article's counts (claimCounts), kept from version to version. */
export function countsFollowing(): (claims: readonly Claim[]) => ClaimCounts {
  return following(claimCounts, (last, previous, next, replaced) =>
    replaced.reduce((counts, index) => {
      const before = previous[index];
      const after = next[index];
      return before === undefined || after === undefined ? counts : counted(counted(counts, before, -1), after, 1);
    }, last),
  );
}

const sameTags = (a: readonly string[] = [], b: readonly string[] = []): boolean => a.length === b.length && a.every((tag, index) => tag === b[index]);

/** Every tag of the claims (tagsIn), kept while no claim's tags change. */
export function tagsFollowing(): (claims: readonly Claim[]) => string[] {
  return following(tagsIn, (last, previous, next, replaced) =>
    replaced.every((index) => sameTags(previous[index]?.tags, next[index]?.tags)) ? last : null,
  );
}

const isOrphan = (claim: Claim | undefined): boolean => claim?.anchor.state === 'orphaned';

/** The orphaned claims, in the claims' order: kept while each replaced claim was and stays anchored. */
export function orphansFollowing(): (claims: readonly Claim[]) => readonly Claim[] {
  return following<readonly Claim[]>(
    (claims) => claims.filter(isOrphan),
    (last, previous, next, replaced) => (replaced.every((index) => !isOrphan(previous[index]) && !isOrphan(next[index])) ? last : null),
  );
}

/** The index of `claim` in `sorted` (ordered by `compare`), or -1. */
function indexIn(sorted: readonly Claim[], claim: Claim, compare: (a: Claim, b: Claim) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const here = sorted[middle];
    if (here !== undefined && compare(here, claim) < 0) low = middle + 1;
    else high = middle;
  }
  return sorted[low] === claim ? low : -1;
}

/**
 * The anchored claims in reading order, as `order` sorts them by `compare` (given its last
 * order to start from): kept, with the replaced claims in their predecessors' places, while
 * none of those moved or lost its place (the order also goes by creation time and id, which
 * never change).
 */
export function orderFollowing(
  order: (claims: readonly Claim[], earlier: readonly Claim[]) => Claim[],
  compare: (a: Claim, b: Claim) => number,
): (claims: readonly Claim[]) => readonly Claim[] {
  let sorted: readonly Claim[] = [];
  const next = following<readonly Claim[]>(
    (claims) => order(claims, sorted),
    (last, previous, claims, replaced) => {
      if (replaced.length === 0) return last;
      const updated = [...last];
      const moved: number[] = [];
      for (const index of replaced) {
        const before = previous[index];
        const after = claims[index];
        if (before === undefined || after === undefined) return null;
        if (!samePlace(before, after)) return null;
        if (before.anchor.state !== 'anchored') continue;
        const at = indexIn(last, before, compare);
        if (at < 0) return null;
        updated[at] = after;
        moved.push(at);
      }
      replacedIn(last, updated, moved);
      return updated;
    },
  );
  return (claims) => {
    sorted = next(claims);
    return sorted;
  };
}
