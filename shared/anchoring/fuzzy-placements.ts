// Fuzzy quote search: the places where a claim's quote approximately occurs, each with the
// boundaries that fit the quote and its stored context best.

import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model';
import { rangeProblem, splitsSurrogatePair, type TextRange } from './selectors';
import { better, bestOf, scorePlacement, type Placement } from './score-placement';
import { boundedEditDistance } from './text-similarity';

/** The share of a quote's length that may differ in a match near its old place: Hypothesis' half. */
export const NEAR_ERROR_SHARE = 1 / 2;
/** Hypothesis' cap: the search costs O(maxErrors / 32 · text length). */
const MAX_FUZZY_ERRORS = 256;
/** How many match sites, best first, get their boundaries checked against the context. */
const REFINED_SITES = 4;
/** Code units beyond twice a site's error count searched for a better boundary. */
const BOUNDARY_SLACK = 8;

interface Match extends TextRange {
  errors: number;
}

/** The range widened by one code unit at an end that would split a surrogate pair. */
function wholeCharacters(text: string, range: TextRange): TextRange {
  return {
    start: splitsSurrogatePair(text, range.start) ? range.start - 1 : range.start,
    end: splitsSurrogatePair(text, range.end) ? range.end + 1 : range.end,
  };
}

/** Matches grouped into sites: runs of overlapping matches, which are one place in the text. */
function groupIntoSites(matches: readonly Match[]): Match[][] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.end - b.end);
  const sites: Match[][] = [];
  let siteEnd = -1;
  for (const match of sorted) {
    const site = sites[sites.length - 1];
    if (site !== undefined && match.start < siteEnd) {
      site.push(match);
      siteEnd = Math.max(siteEnd, match.end);
    } else {
      sites.push([match]);
      siteEnd = match.end;
    }
  }
  return sites;
}

/**
 * More boundaries for a site: where the stored prefix now ends and where the stored suffix now
 * starts, near the site's own ends. Edit distance alone can place a boundary badly: for "The
 * mayor said …" edited to "The acting mayor said …" the cheapest match is "ing mayor said …"
 * (three substitutions beat seven insertions); the prefix puts the start right.
 */
function contextBoundaries(
  text: string,
  quote: TextQuoteSelector,
  site: Match,
): { starts: number[]; ends: number[] } {
  const reach = Math.min(quote.exact.length, 2 * site.errors + BOUNDARY_SLACK);
  const starts: number[] = [];
  const ends: number[] = [];
  if (quote.prefix.length > 0) {
    const from = Math.max(0, site.start - quote.prefix.length - reach);
    const to = Math.min(site.end, site.start + reach);
    for (const found of search(text.slice(from, to), quote.prefix, Math.floor(quote.prefix.length / 2))) {
      starts.push(from + found.end);
    }
  }
  if (quote.suffix.length > 0) {
    const from = Math.max(site.start, site.end - reach);
    const to = Math.min(text.length, site.end + quote.suffix.length + reach);
    for (const found of search(text.slice(from, to), quote.suffix, Math.floor(quote.suffix.length / 2))) {
      ends.push(from + found.start);
    }
  }
  return { starts, ends };
}

/**
 * The best placement at each place where the quote approximately occurs in text[from, to),
 * differing from it in at most `errorShare` of its length (and never more than 256 edits).
 * The library reports the cheapest matches; within a site the boundaries are then chosen to
 * need the fewest edits to quote and context together, not the highest score, because the
 * score weighs one edit of a short quote far above one of its context and would rather cut an
 * inserted "2.5" back to "2." than take the extra digit. Sites compete by score afterwards.
 * Every placement keeps surrogate pairs whole and could be a claim (`rangeProblem`).
 */
export function fuzzyPlacements(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  from: number,
  to: number,
  errorShare: number = NEAR_ERROR_SHARE,
): Placement[] {
  const { exact } = quote;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length * errorShare));
  // Widening to whole characters may cost up to one edit at each end.
  const errorLimit = maxErrors + 2;

  const measure = (candidate: TextRange, knownErrors: number | null): Placement | null => {
    const range = wholeCharacters(text, candidate);
    if (rangeProblem(text, range.start, range.end) !== null) return null;
    const widened = range.start !== candidate.start || range.end !== candidate.end;
    const quoteErrors =
      knownErrors !== null && !widened
        ? knownErrors
        : boundedEditDistance(text.slice(range.start, range.end), exact, errorLimit);
    return quoteErrors > errorLimit ? null : scorePlacement(text, quote, hint, range, quoteErrors);
  };
  const fewestEdits = (placements: readonly Placement[]): Placement | null =>
    placements.reduce<Placement | null>((best, placement) => {
      if (best === null) return placement;
      const edits = placement.quoteErrors + placement.contextErrors;
      const bestEdits = best.quoteErrors + best.contextErrors;
      return edits < bestEdits || (edits === bestEdits && better(placement, best, hint)) ? placement : best;
    }, null);

  const matches = search(text.slice(from, to), exact, maxErrors).map((match) => ({
    start: from + match.start,
    end: from + match.end,
    errors: match.errors,
  }));
  const sites = groupIntoSites(matches)
    .map((site) => {
      const placements = site.map((match) => measure(match, match.errors)).filter((placement) => placement !== null);
      return { site, placements, best: bestOf(placements, hint)?.score ?? -1 };
    })
    .sort((a, b) => b.best - a.best);

  return sites.flatMap(({ site, placements }, rank) => {
    if (rank < REFINED_SITES) {
      const span: Match = {
        start: Math.min(...site.map((match) => match.start)),
        end: Math.max(...site.map((match) => match.end)),
        errors: Math.max(...site.map((match) => match.errors)),
      };
      const boundaries = contextBoundaries(text, quote, span);
      const starts = new Set([...site.map((match) => match.start), ...boundaries.starts]);
      const ends = new Set([...site.map((match) => match.end), ...boundaries.ends]);
      const measured = new Set(site.map((match) => `${match.start}:${match.end}`));
      for (const start of starts) {
        for (const end of ends) {
          if (end <= start || measured.has(`${start}:${end}`)) continue;
          const placement = measure({ start, end }, null);
          if (placement !== null) placements.push(placement);
        }
      }
    }
    const best = fewestEdits(placements);
    return best === null ? [] : [best];
  });
}
