// Which of an article's claims the panel and the highlights show, and in what order. A
// filter is plain data (statuses, flags, tags, text); the flags are a list of named predicates,
// so a new kind of claim to find is one more entry in CLAIM_FLAGS.

import type { Claim } from '../model';
import { CLAIM_STATUSES, type ClaimStatus } from '../statuses';
import { anyFieldMatches, searchForm } from '../text/search-text';
import { needsReview } from './checked';
import { hasTag } from './claim-tags';
import { compareReadingOrder } from './reading-order';

/** A kind of claim the analyst can ask to see only: orphaned, and whatever else is added here. */
export interface ClaimFlag {
  id: string;
  label: string;
  matches(claim: Claim): boolean;
}

export const CLAIM_FLAGS: ClaimFlag[] = [
  { id: 'needs-review', label: 'Needs review', matches: needsReview },
  { id: 'orphaned', label: 'Orphaned', matches: (claim) => claim.anchor.state === 'orphaned' },
];

export interface ClaimFilter {
  /** Claims with any of these statuses; none chosen means every status. */
  statuses: readonly ClaimStatus[];
  /** Ids from CLAIM_FLAGS; a claim must match every one chosen. */
  flags: readonly string[];
  /** A claim must have every one of these tags (whatever their case). */
  tags: readonly string[];
  /** Words looked for in the quote, note, claimant, claim as reviewed, tags and evidence. */
  text: string;
}

export const NO_FILTER: ClaimFilter = { statuses: [], flags: [], tags: [], text: '' };

export function isFiltering(filter: ClaimFilter): boolean {
  return filter.statuses.length > 0 || filter.flags.length > 0 || filter.tags.length > 0 || filter.text.trim() !== '';
}

/** Everything the text search looks in. */
function searchedText(claim: Claim): (string | null)[] {
  return [
    claim.selectors.quote.exact,
    claim.note,
    claim.claimant,
    claim.claimReviewed,
    ...claim.tags,
    ...claim.evidence.flatMap((evidence) => [evidence.title, evidence.quote, evidence.url]),
  ];
}

/** A test for one claim against `filter`, with the text prepared once for a whole list. */
export function claimMatcher(filter: ClaimFilter, flags: readonly ClaimFlag[] = CLAIM_FLAGS): (claim: Claim) => boolean {
  const statuses = new Set(filter.statuses);
  const chosenFlags = flags.filter((flag) => filter.flags.includes(flag.id));
  // Every word must be somewhere in the claim, in any field and any order.
  const words = searchForm(filter.text).split(/\s+/u).filter((word) => word !== '');
  return (claim) => {
    if (statuses.size > 0 && !statuses.has(claim.status)) return false;
    if (!chosenFlags.every((flag) => flag.matches(claim))) return false;
    if (!filter.tags.every((tag) => hasTag(claim.tags, tag))) return false;
    if (words.length === 0) return true;
    const fields = searchedText(claim);
    return words.every((word) => anyFieldMatches(fields, word));
  };
}

/** The claims `filter` lets through, in the order given. */
export function filterClaims(claims: readonly Claim[], filter: ClaimFilter, flags?: readonly ClaimFlag[]): Claim[] {
  return claims.filter(claimMatcher(filter, flags));
}

export const CLAIM_SORTS = ['reading', 'status', 'modified'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const CLAIM_SORT_LABELS: Readonly<Record<ClaimSort, string>> = {
  reading: 'Reading order',
  status: 'Status',
  modified: 'Last change',
};

const statusRank = (status: ClaimStatus) => CLAIM_STATUSES.indexOf(status);

const COMPARE: Readonly<Record<ClaimSort, (a: Claim, b: Claim) => number>> = {
  reading: compareReadingOrder,
  // Statuses in the order the status menu lists them; within one, reading order.
  status: (a, b) => statusRank(a.status) - statusRank(b.status) || compareReadingOrder(a, b),
  // The latest change first, compared as times (a file may write "…00Z" or "…00.500Z");
  // claims changed at the same moment in reading order.
  modified: (a, b) => Date.parse(b.modified) - Date.parse(a.modified) || compareReadingOrder(a, b),
};

/** A sorted copy of `claims`; reading order hands back the list itself, which is already in it. */
export function sortClaims(claims: readonly Claim[], sort: ClaimSort): readonly Claim[] {
  return sort === 'reading' ? claims : [...claims].sort(COMPARE[sort]);
}
