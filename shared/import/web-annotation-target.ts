// The target of a Web Annotation: which document it is on (its source IRI) and where in it
// (the first TextQuoteSelector and TextPositionSelector, also from `refinedBy` chains).

import type { TextPositionSelector, TextQuoteSelector } from '../model';
import { ImportError } from './import-error';
import { asList, describeValue, isJsonObject, ownProperty, typesOf, type JsonObject } from './json-value';
import type { WarningLog } from './warning-log';

export interface ReadTarget {
  source: string | null;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

export function readTarget(target: unknown, where: string, warnings: WarningLog): ReadTarget {
  const targets = asList(target);
  if (targets.length === 0) throw new ImportError(`${where}: the annotation has no target.`);
  for (const [index, candidate] of targets.entries()) {
    if (typeof candidate === 'string') continue;
    const label = targets.length === 1 ? `${where}: target` : `${where}: target ${index + 1}`;
    if (!isJsonObject(candidate)) throw new ImportError(`${label} is neither an IRI nor an object (found ${describeValue(candidate)}).`);
    const { quote, position } = readSelectors(ownProperty(candidate, 'selector'), label);
    if (quote === null && position === null) continue;
    if (targets.length > 1) warnings.add(`${where}: has ${targets.length} targets; only target ${index + 1} was read.`);
    return { source: sourceIri(ownProperty(candidate, 'source'), label), quote, position };
  }
  throw new ImportError(`${where}: target has no TextQuoteSelector or TextPositionSelector.`);
}

export function sourceIri(source: unknown, where: string): string | null {
  if (source === undefined || source === null) return null;
  if (Array.isArray(source)) throw new ImportError(`${where}: has more than one source.`);
  const iri = typeof source === 'string' ? source : ownProperty(source, 'id') ?? ownProperty(source, '@id');
  if (typeof iri !== 'string' || iri.trim() === '') throw new ImportError(`${where}: the source has no IRI.`);
  return iri.trim();
}

export function readSelectors(selector: unknown, where: string): { quote: TextQuoteSelector | null; position: TextPositionSelector | null } {
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (const [index, candidate] of asList(selector).entries()) {
    if (typeof candidate === 'string') continue;
    if (!isJsonObject(candidate)) throw new ImportError(`${where}: selector ${index + 1} is not an object (found ${describeValue(candidate)}).`);
    const types = typesOf(candidate);
    if (types.includes('TextQuoteSelector')) quote ??= quoteSelector(candidate, where);
    else if (types.includes('TextPositionSelector')) position ??= positionSelector(candidate, where);
    else quote ??= refinedQuote(candidate, where);
  }
  return { quote, position };
}

/** The first TextQuoteSelector in a chain of `refinedBy`; its length is bounded by the nesting limit. */
function refinedQuote(selector: JsonObject, where: string): TextQuoteSelector | null {
  let refined = ownProperty(selector, 'refinedBy');
  while (refined !== undefined) {
    const [first] = asList(refined);
    if (!isJsonObject(first)) return null;
    if (typesOf(first).includes('TextQuoteSelector')) return quoteSelector(first, `${where} (refinedBy)`);
    refined = ownProperty(first, 'refinedBy');
  }
  return null;
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
