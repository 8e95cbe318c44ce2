// The target of a Web Annotation: which document it is on (its source IRI) and where in it
// (the first TextQuoteSelector and TextPositionSelector, also from `refinedBy` chains and
// `Choice`s); or why the annotation selects no text and is skipped.

import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { ImportError } from './import-error';
import { asList, describeValue, isJsonObject, ownProperty, typesOf, type JsonObject } from './json-value';
import type { WarningLog } from './warning-log';

export interface ReadTarget {
  kind: 'text';
  source: string | null;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

/** An annotation on something other than a stretch of text: skipped, for this reason. */
export interface SkippedTarget {
  kind: 'skipped';
  reason: string;
}

export function readTarget(target: unknown, where: string, warnings: WarningLog): ReadTarget | SkippedTarget {
  const targets = asList(target);
  if (targets.length === 0) return { kind: 'skipped', reason: 'no target' };
  const otherTypes = new Set<string>();
  let elementRelative = false;
  for (const [index, candidate] of targets.entries()) {
    if (typeof candidate === 'string') continue;
    const label = targets.length === 1 ? `${where}: target` : `${where}: target ${index + 1}`;
    if (!isJsonObject(candidate)) throw new ImportError(`${label} is neither an IRI nor an object (found ${describeValue(candidate)}).`);
    const read = readSelectors(ownProperty(candidate, 'selector'), label);
    for (const type of read.otherTypes) otherTypes.add(type);
    elementRelative ||= read.elementRelative;
    if (read.quote === null && read.position === null) continue;
    if (targets.length > 1) warnings.add(`${where}: has ${targets.length} targets; only target ${index + 1} was read.`);
    return { kind: 'text', source: sourceIri(ownProperty(candidate, 'source'), label), quote: read.quote, position: read.position };
  }
  if (elementRelative) {
    return { kind: 'skipped', reason: 'only a position counted from an element of the page (refinedBy inside an XPath or CSS selector), and no quote' };
  }
  if (otherTypes.size > 0) return { kind: 'skipped', reason: `no text selected, only ${[...otherTypes].sort().join(', ')} (an image region or another kind of selection)` };
  return { kind: 'skipped', reason: 'no text selected: on a whole document or on other annotations (such as relations)' };
}

export function sourceIri(source: unknown, where: string): string | null {
  if (source === undefined || source === null) return null;
  if (Array.isArray(source)) throw new ImportError(`${where}: has more than one source.`);
  const iri = typeof source === 'string' ? source : ownProperty(source, 'id') ?? ownProperty(source, '@id');
  if (typeof iri !== 'string' || iri.trim() === '') throw new ImportError(`${where}: the source has no IRI.`);
  return iri.trim();
}

export interface ReadSelectors {
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  /** Selector types that select something other than text (FragmentSelector, SvgSelector…). */
  otherTypes: string[];
  /** A position was found only inside an element selector's refinedBy, where it cannot be placed. */
  elementRelative: boolean;
}

/**
 * The first quote and position among the selectors, also from a `Choice` between them and
 * from `refinedBy`: a quote refining any selector is taken; a position refining a position
 * counts from that position's start; a position refining an element (XPath, CSS) cannot be
 * placed in ClaimMark's text and is only noted.
 */
export function readSelectors(selector: unknown, where: string): ReadSelectors {
  const read: ReadSelectors = { quote: null, position: null, otherTypes: [], elementRelative: false };
  for (const [index, candidate] of asList(selector).entries()) {
    if (typeof candidate === 'string') continue;
    if (!isJsonObject(candidate)) throw new ImportError(`${where}: selector ${index + 1} is not an object (found ${describeValue(candidate)}).`);
    const types = typesOf(candidate);
    if (types.includes('Choice')) {
      const inner = readSelectors(ownProperty(candidate, 'items'), `${where} (Choice)`);
      read.quote ??= inner.quote;
      read.position ??= inner.position;
      read.otherTypes.push(...inner.otherTypes);
      read.elementRelative ||= inner.elementRelative;
    } else if (types.includes('TextQuoteSelector')) {
      read.quote ??= quoteSelector(candidate, where);
    } else if (types.includes('TextPositionSelector')) {
      const outer = positionSelector(candidate, where);
      const refined = refinement(candidate, where);
      if (refined.quote !== null) read.quote ??= refined.quote;
      else read.position ??= refined.position === null ? outer : shifted(refined.position, outer.start);
    } else {
      const refined = refinement(candidate, where);
      if (refined.quote !== null) read.quote ??= refined.quote;
      else if (refined.position !== null) read.elementRelative = true;
      else read.otherTypes.push(...types.filter((type) => !['RangeSelector', 'XPathSelector', 'CssSelector'].includes(type)));
    }
  }
  return read;
}

function shifted(position: TextPositionSelector, by: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start: position.start + by, end: position.end + by };
}

/**
 * The first TextQuoteSelector, else the innermost TextPositionSelector (made relative to
 * `selector`), in a chain of `refinedBy`; its length is bounded by the nesting limit.
 */
function refinement(selector: JsonObject, where: string): { quote: TextQuoteSelector | null; position: TextPositionSelector | null } {
  let refined = ownProperty(selector, 'refinedBy');
  let position: TextPositionSelector | null = null;
  while (refined !== undefined) {
    const [first] = asList(refined);
    if (!isJsonObject(first)) break;
    const types = typesOf(first);
    if (types.includes('TextQuoteSelector')) return { quote: quoteSelector(first, `${where} (refinedBy)`), position: null };
    if (types.includes('TextPositionSelector')) {
      const inner = positionSelector(first, `${where} (refinedBy)`);
      position = position === null ? inner : shifted(inner, position.start);
    }
    refined = ownProperty(first, 'refinedBy');
  }
  return { quote: null, position };
}

function quoteSelector(selector: JsonObject, where: string): TextQuoteSelector {
  const exact = ownProperty(selector, 'exact');
  if (typeof exact !== 'string' || exact === '') {
    throw new ImportError(`${where}: the TextQuoteSelector's exact must be non-empty text (found ${describeValue(exact)}).`);
  }
  const context = (key: 'prefix' | 'suffix'): string => {
    const value = ownProperty(selector, key);
    if (value === undefined || value === null) return '';
    if (typeof value !== 'string') throw new ImportError(`${where}: the TextQuoteSelector's ${key} must be text (found ${describeValue(value)}).`);
    return value;
  };
  return { type: 'TextQuoteSelector', exact, prefix: context('prefix'), suffix: context('suffix') };
}

function positionSelector(selector: JsonObject, where: string): TextPositionSelector {
  const offset = (key: 'start' | 'end'): number => {
    const value = ownProperty(selector, key);
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new ImportError(
        `${where}: the TextPositionSelector's ${key} must be a whole number of 0 or more (found ${typeof value === 'number' ? value : describeValue(value)}).`,
      );
    }
    return value;
  };
  const start = offset('start');
  const end = offset('end');
  if (end < start) throw new ImportError(`${where}: the TextPositionSelector ends (${end}) before it starts (${start}).`);
  return { type: 'TextPositionSelector', start, end };
}
