// Places a claim again in a possibly edited canonical text: by its stored position, then by
// its exact quote, then by a fuzzy quote search scored the way Hypothesis' `matchQuote` does.
// Offsets are UTF-16 code units of `Article.text` (see shared/model.ts).

import search from 'approx-string-match';
import type { AnchorCandidate, ClaimSelectors, TextQuoteSelector } from '../model';
import { anchorByPosition, rangeProblem, splitsSurrogatePair, type TextRange } from './selectors';
import { boundedEditDistance, contextErrors } from './text-similarity';

export type AnchorResult =
  /** The stored position still holds the quote, and no repeat of it fits the context better. */
  | { kind: 'position'; start: number; end: number }
  /** The exact quote was found elsewhere; context, then nearness, chose among repeats. */
  | { kind: 'quote'; start: number; end: number }
  /** An approximate match; `score` in (0, 1), see `scorePlacement`. */
  | { kind: 'fuzzy'; start: number; end: number; score: number }
  /** Nothing good enough; the best approximate match, if the search found any. */
  | { kind: 'orphan'; candidate: AnchorCandidate | null };

export interface AnchorOptions {
  /** Minimum fuzzy score to accept; default `MIN_FUZZY_SCORE`. */
  minScore?: number;
  /**
   * Code units searched on each side of the old position before the whole text is searched;
   * default twice the quote's length plus 512.
   */
  window?: number;
}

/**
 * With the context unchanged and the claim in place, a fuzzy match needs a quote similarity of
 * at least 0.54 to reach this; with one side of the context lost, about 0.94; with both sides
 * lost it is out of reach (at most 52/92), so such a claim becomes an orphan for a person to
 * re-attach rather than being moved silently.
 */
export const MIN_FUZZY_SCORE = 0.75;

// Hypothesis' weights (src/annotator/anchoring/match-quote.ts).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Hypothesis' cap: the search costs O(maxErrors / 32 · text length). */
const MAX_FUZZY_ERRORS = 256;
const WINDOW_PADDING = 512;
/** How many match sites, best first, get their boundaries checked against the context. */
const REFINED_SITES = 4;
/** Code units beyond twice a site's error count searched for a better boundary. */
const BOUNDARY_SLACK = 8;

/** A range of the text considered as the claim's place, with what was measured there. */
interface Placement extends TextRange {
  /** Edits between the stored quote and text[start, end). */
  quoteErrors: number;
  /** Edits between the stored prefix and suffix and the text now beside the range. */
  contextErrors: number;
  /** Prefix and suffix similarity, each in [0, 1], weighted as in the score. */
  contextAgreement: number;
  score: number;
}

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

function similarity(errors: number, length: number): number {
  return length === 0 ? 1 : Math.max(0, 1 - errors / length);
}

/**
 * Measures `range` as the claim's place and scores it, in [0, 1]:
 *
 *   score = (50·q + 20·p + 20·s + 2·n) / 92
 *
 *   q = 1 − quoteErrors / exact.length     edits between the quote and text[start, end)
 *   p = 1 − prefixErrors / prefix.length   fewest edits turning the stored prefix into a
 *   s = 1 − suffixErrors / suffix.length     substring of the text just before / after
 *                                            (stored context that is empty counts as 1)
 *   n = 1 − |start − old start| / text.length   nearness to the old position, a tie-breaker
 *
 * These are Hypothesis' weights and terms, so 1 means the identical quote, in the same
 * context, at the same place.
 */
function scorePlacement(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  range: TextRange,
  quoteErrors: number,
): Placement {
  const { prefix, suffix } = quote;
  const prefixErrors = contextErrors(text.slice(Math.max(0, range.start - prefix.length), range.start), prefix);
  const suffixErrors = contextErrors(text.slice(range.end, range.end + suffix.length), suffix);
  const contextAgreement =
    PREFIX_WEIGHT * similarity(prefixErrors, prefix.length) + SUFFIX_WEIGHT * similarity(suffixErrors, suffix.length);
  const nearness = text.length === 0 ? 1 : Math.max(0, 1 - Math.abs(range.start - hint) / text.length);
  const raw =
    QUOTE_WEIGHT * similarity(quoteErrors, quote.exact.length) + contextAgreement + POSITION_WEIGHT * nearness;
  return {
    ...range,
    quoteErrors,
    contextErrors: prefixErrors + suffixErrors,
    contextAgreement,
    score: Math.min(1, Math.max(0, raw / TOTAL_WEIGHT)),
  };
}

/** Higher score first; among equals the one nearer the old position, then the earlier. */
function better(a: Placement, b: Placement, hint: number): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const nearA = Math.abs(a.start - hint);
  const nearB = Math.abs(b.start - hint);
  if (nearA !== nearB) return nearA < nearB;
  return a.start < b.start;
}

function bestOf(placements: readonly Placement[], hint: number): Placement | null {
  let best: Placement | null = null;
  for (const placement of placements) {
    if (best === null || better(placement, best, hint)) best = placement;
  }
  return best;
}

/** True when the stored prefix and suffix still sit right beside [start, start + exact.length). */
function contextUnchanged(text: string, quote: TextQuoteSelector, start: number): boolean {
  return text.endsWith(quote.prefix, start) && text.startsWith(quote.suffix, start + quote.exact.length);
}

/** Every exact occurrence of `exact` that keeps surrogate pairs whole, overlaps included. */
function exactOccurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let from = text.indexOf(exact); from !== -1; from = text.indexOf(exact, from + 1)) {
    if (!splitsSurrogatePair(text, from) && !splitsSurrogatePair(text, from + exact.length)) starts.push(from);
  }
  return starts;
}

/**
 * The exact occurrence whose surroundings agree best with the stored prefix and suffix, the
 * nearest to the old position among equals; null when there is none. Agreement comes first
 * (unlike the fuzzy score, where nearness is weighed in) because a repeated phrase is told
 * apart by its context. Occurrences whose context is unchanged, the usual case, are found by
 * plain comparison; only when there is none is each one's context measured by edit distance.
 */
function bestOccurrence(
  text: string,
  quote: TextQuoteSelector,
  hint: number,
  starts: readonly number[],
): number | null {
  if (starts.length <= 1) return starts[0] ?? null;
  const nearest = (candidates: readonly number[]): number | null =>
    candidates.reduce<number | null>(
      (best, start) => (best === null || Math.abs(start - hint) < Math.abs(best - hint) ? start : best),
      null,
    );

  const unchanged = starts.filter((start) => contextUnchanged(text, quote, start));
  if (unchanged.length > 0) return nearest(unchanged);

  let bestAgreement = -1;
  let best: number[] = [];
  for (const start of starts) {
    const { contextAgreement } = scorePlacement(text, quote, hint, { start, end: start + quote.exact.length }, 0);
    if (contextAgreement > bestAgreement) {
      bestAgreement = contextAgreement;
      best = [start];
    } else if (contextAgreement === bestAgreement) {
      best.push(start);
    }
  }
  return nearest(best);
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
 * The best placement at each place where the quote approximately occurs in text[from, to).
 * The library reports the cheapest matches; within a site the boundaries are then chosen to
 * need the fewest edits to quote and context together, not the highest score, because the
 * score weighs one edit of a short quote far above one of its context and would rather cut an
 * inserted "2.5" back to "2." than take the extra digit. Sites compete by score afterwards.
 * Every placement keeps surrogate pairs whole and could be a claim (`rangeProblem`).
 */
function fuzzyPlacements(text: string, quote: TextQuoteSelector, hint: number, from: number, to: number): Placement[] {
  const { exact } = quote;
  const maxErrors = Math.min(MAX_FUZZY_ERRORS, Math.floor(exact.length / 2));
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

/**
 * Where the claim described by `selectors` stands in `text`: (1) at its stored position if the
 * quote and its context are still there; (2) at the exact occurrence of the quote whose context
 * agrees best, nearest the old position among equals (reported as 'position' if that is the old
 * place); (3) at the best approximate match scoring at least `minScore`, searched near the old
 * position first and in the whole text only when that finds nothing acceptable; (4) otherwise
 * an orphan, with the best approximate match as a candidate for a person to confirm.
 */
export function anchorClaim(text: string, selectors: ClaimSelectors, options: AnchorOptions = {}): AnchorResult {
  const { quote, position } = selectors;
  const byPosition = anchorByPosition(text, selectors);
  if (byPosition !== null && contextUnchanged(text, quote, byPosition.start)) {
    return { kind: 'position', ...byPosition };
  }

  const { exact } = quote;
  if (exact.length === 0) return { kind: 'orphan', candidate: null };
  const hint = position.start;

  const occurrence = bestOccurrence(text, quote, hint, exactOccurrences(text, exact));
  if (occurrence !== null) {
    const kind = byPosition !== null && occurrence === byPosition.start ? 'position' : 'quote';
    return { kind, start: occurrence, end: occurrence + exact.length };
  }

  const minScore = options.minScore ?? MIN_FUZZY_SCORE;
  const window = Math.max(0, options.window ?? 2 * exact.length + WINDOW_PADDING);
  const acceptable = (placement: Placement): boolean => placement.score > 0 && placement.score >= minScore;

  const from = Math.min(text.length, Math.max(0, position.start - window));
  const to = Math.min(text.length, Math.max(from, position.end + window));
  const nearby = to > from ? bestOf(fuzzyPlacements(text, quote, hint, from, to), hint) : null;
  if (nearby !== null && acceptable(nearby)) {
    return { kind: 'fuzzy', start: nearby.start, end: nearby.end, score: nearby.score };
  }

  const coversText = from === 0 && to === text.length;
  const anywhere = coversText ? null : bestOf(fuzzyPlacements(text, quote, hint, 0, text.length), hint);
  const best = bestOf([nearby, anywhere].filter((placement) => placement !== null), hint);
  if (best !== null && acceptable(best)) return { kind: 'fuzzy', start: best.start, end: best.end, score: best.score };
  if (best === null) return { kind: 'orphan', candidate: null };
  const { start, end, score } = best;
  return { kind: 'orphan', candidate: { start, end, exact: text.slice(start, end), score } };
}

/** `anchorClaim` for each claim of one article, by claim id. */
export function anchorClaims(
  text: string,
  claims: readonly { id: string; selectors: ClaimSelectors }[],
  options: AnchorOptions = {},
): Map<string, AnchorResult> {
  return new Map(claims.map((claim) => [claim.id, anchorClaim(text, claim.selectors, options)]));
}
