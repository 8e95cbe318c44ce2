// Reads W3C Web Annotations (JSON-LD): one Annotation, a list of them, an
// AnnotationCollection with its pages embedded, or an AnnotationPage, as ClaimMark writes
// them (shared/export/web-annotation.ts) and as other tools do (Hypothesis, Recogito):
//
// - target: an IRI or an object with `source` and `selector` (one object or a list); the
//   first target with a TextQuoteSelector or TextPositionSelector (also in a Choice or a
//   `refinedBy`) is used. An annotation that selects no text (an image region, a relation
//   between annotations, a whole page) is skipped and counted in a warning; a target
//   without `source` (recogito-js writes none) goes to the article the analyst has open.
// - body: a string, an object or a list. TextualBodies with purpose assessing or
//   classifying whose value (or id) names a status set it. Tagging bodies are the claim's
//   tags; where nothing else names the status, a tag that names one sets it. Other
//   TextualBodies (commenting, describing, no purpose…) and `bodyValue` make
//   the note. Web resources and SpecificResources with an http(s) address become evidence;
//   any other address is left out with a warning.
// - ClaimMark's extension properties (see shared/exchange/web-annotation-terms.ts) bring back
//   claimant (and its type), claim-as-reviewed, tags, evidence stance and status history, and
//   where an imported claim came from (the tool, its id there in `via`, else `canonical`).
//   Another tool's annotation is the claim's origin itself: its id, as written.
// Unknown properties are ignored. Positions count Unicode code points, as the model says.
// Targets are read in web-annotation-target.ts, bodies in web-annotation-body.ts.

import {
  CLAIM_REVIEWED_KEY,
  GENERATOR,
  ITEM_REVIEWED_KEY,
  ORIGIN_ID_KEY,
  ORIGIN_KEY,
  ORIGIN_TOOL_KEY,
  REVIEW_KEY,
  STATUS_HISTORY_KEY,
  contentHashFromIri,
  idFromIri,
} from '../exchange/web-annotation-terms';
import { CLAIM_STATUSES, ORIGIN_TOOLS, type ClaimOrigin, type ClaimantType, type StatusChange } from '../model';
import { describeIssue } from './describe-issue';
import { checkClaim, type ArticleRef, type ImportedArticle, type ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';
import { asList, describeValue, isJsonObject, ownProperty, typesOf, type JsonObject } from './json-value';
import { readBodies } from './web-annotation-body';
import type { SkippedItems } from './foreign-claim';
import { readTarget, type SkippedTarget } from './web-annotation-target';
import { ISO_UTC, timeOrNull } from './web-annotation-time';
import type { WarningLog } from './warning-log';

/** True for a value that looks like Web Annotation JSON-LD of any of the accepted shapes. */
export function isWebAnnotationDocument(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  const types = typesOf(value);
  return types.includes('Annotation') || types.includes('AnnotationCollection') || types.includes('AnnotationPage');
}

export function readWebAnnotations(value: unknown, warnings: WarningLog, maxClaims: number, skipped: SkippedItems): ImportedArticle[] {
  const items = annotationItems(value, warnings);
  if (items.length === 0) throw new ImportError('The file holds no annotations.');
  if (items.length > maxClaims) {
    throw new ImportError(`The file holds ${items.length} annotations; ClaimMark imports at most ${maxClaims} at a time.`);
  }
  const articles = new Map<string, ImportedArticle>();
  // Two annotations with one id are both kept: the plan gives the later one a new id.
  items.forEach((item, index) => {
    const number = index + 1;
    const read = readAnnotation(item, number, warnings);
    if (read.kind === 'skipped') {
      skipped.add(read.reason);
      return;
    }
    const { source, claim } = read;
    const key = source ?? '';
    let article = articles.get(key);
    if (article === undefined) {
      article = { ref: refOf(source), offsetUnit: 'code-point', claims: [] };
      articles.set(key, article);
    }
    article.claims.push(claim);
  });
  if (articles.size === 0) throw new ImportError('None of the annotations in the file selects text of an article, so there are no claims to import.');
  return [...articles.values()];
}

function annotationItems(value: unknown, warnings: WarningLog): unknown[] {
  if (Array.isArray(value)) return value;
  const types = typesOf(value);
  if (types.includes('Annotation')) return [value];
  if (types.includes('AnnotationCollection')) {
    const first = ownProperty(value, 'first');
    if (first === undefined) {
      const total = ownProperty(value, 'total');
      if (total === undefined || total === 0) return [];
      throw new ImportError(`The collection says it holds ${JSON.stringify(total)} annotations but has no first page.`);
    }
    if (typeof first === 'string') {
      throw new ImportError(`The collection only links to its first page (${first}) instead of including it; save the page itself and import that.`);
    }
    return pageItems(first, warnings);
  }
  if (types.includes('AnnotationPage')) return pageItems(value, warnings);
  throw new ImportError('The file is not a W3C Web Annotation, a list of them, an AnnotationCollection or an AnnotationPage.');
}

function pageItems(firstPage: unknown, warnings: WarningLog): unknown[] {
  const items: unknown[] = [];
  let page = firstPage;
  for (let number = 1; page !== undefined; number += 1) {
    if (!typesOf(page).includes('AnnotationPage')) {
      throw new ImportError(`Page ${number} of the collection is not an AnnotationPage (found ${describeValue(page)}).`);
    }
    const list = ownProperty(page, 'items');
    if (!Array.isArray(list)) throw new ImportError(`Page ${number} of the collection has no list of items.`);
    for (const item of list) items.push(item);
    const next = ownProperty(page, 'next');
    if (typeof next === 'string') {
      warnings.add(`The file links to a further page (${next}) without including it; only the annotations in the file were read.`);
      break;
    }
    page = next;
  }
  return items;
}

function refOf(source: string | null): ArticleRef {
  if (source === null) return {};
  const contentHash = contentHashFromIri(source);
  return contentHash === null ? { source } : { contentHash };
}

interface ReadAnnotation {
  kind: 'read';
  source: string | null;
  claim: ImportedClaim;
}

function readAnnotation(item: unknown, number: number, warnings: WarningLog): ReadAnnotation | SkippedTarget {
  const where = `item ${number}`;
  if (!isJsonObject(item)) throw new ImportError(`${where}: expected an annotation object, found ${describeValue(item)}.`);
  if (!typesOf(item).includes('Annotation')) {
    throw new ImportError(`${where}: not an Annotation (its type is ${JSON.stringify(ownProperty(item, 'type')) ?? 'missing'}).`);
  }
  const iri = ownProperty(item, 'id') ?? ownProperty(item, '@id');
  if (typeof iri !== 'string' || iri.trim() === '') throw new ImportError(`${where}: the annotation has no id.`);
  const target = readTarget(ownProperty(item, 'target'), where, warnings);
  if (target.kind === 'skipped') return target;
  const body = readBodies(item, where, warnings);
  const claim: ImportedClaim = {
    id: idFromIri(iri) ?? (iri.startsWith('#') && iri.length > 1 ? iri.slice(1) : iri),
    quote: target.quote,
    position: target.position,
    status: body.status,
    note: body.note,
    claimant: claimantOf(item),
    claimantType: claimantTypeOf(item),
    claimReviewed: textOrNull(ownProperty(item, CLAIM_REVIEWED_KEY)),
    tags: body.tags,
    evidence: body.evidence,
    history: historyOf(ownProperty(item, STATUS_HISTORY_KEY), where),
    review: reviewOf(ownProperty(item, REVIEW_KEY), where),
    anchor: null,
    origin: originOf(item, iri, where, warnings),
    created: timeOrNull(ownProperty(item, 'created'), `${where}: created`, warnings),
    modified: timeOrNull(ownProperty(item, 'modified'), `${where}: modified`, warnings),
  };
  const checked = checkClaim(claim);
  if ('issue' in checked) throw new ImportError(`${where}: ${describeIssue(checked.issue)}`);
  return { kind: 'read', source: target.source, claim: checked.claim };
}

/**
 * Where the annotation's claim came from: as ClaimMark recorded it, none for ClaimMark's own
 * claim, else this annotation of another tool. A record ClaimMark cannot read (a tool a newer
 * version knows, say) is said and left out, never the claim.
 */
function originOf(annotation: JsonObject, iri: string, where: string, warnings: WarningLog): ClaimOrigin | null {
  const recorded = ownProperty(annotation, ORIGIN_KEY);
  if (recorded === undefined) return ownProperty(ownProperty(annotation, 'generator'), 'name') === GENERATOR.name ? null : { tool: 'web-annotation', id: iri };
  const tool = ORIGIN_TOOLS.find((name) => name === ownProperty(recorded, ORIGIN_TOOL_KEY));
  const id = [ownProperty(recorded, ORIGIN_ID_KEY), ...asList(ownProperty(annotation, 'via')), ownProperty(annotation, 'canonical')].find((value) => typeof value === 'string' && value !== '');
  if (tool === undefined || typeof id !== 'string') {
    warnings.add(`${where}: the origin (${ORIGIN_KEY}) does not name a tool ClaimMark knows (${ORIGIN_TOOLS.join(', ')}) and the claim's id there (via, or ${ORIGIN_ID_KEY}); the claim comes in without it.`);
    return null;
  }
  return { tool, id };
}

function claimantOf(annotation: JsonObject): string | null {
  const author = ownProperty(ownProperty(annotation, ITEM_REVIEWED_KEY), 'schema:author');
  return typeof author === 'string' ? author : textOrNull(ownProperty(author, 'schema:name'));
}

/** Person or organisation, when the claimant is typed as a schema.org Person or Organization. */
function claimantTypeOf(annotation: JsonObject): ClaimantType {
  const types = typesOf(ownProperty(ownProperty(annotation, ITEM_REVIEWED_KEY), 'schema:author'));
  if (types.some((type) => type === 'schema:Person' || type === 'Person')) return 'person';
  if (types.some((type) => type === 'schema:Organization' || type === 'Organization')) return 'organization';
  return null;
}

/** ClaimMark's review of a claim that moved onto other words, when the file has one. */
function reviewOf(value: unknown, where: string): ImportedClaim['review'] {
  if (value === undefined) return null;
  const quote = ownProperty(value, 'schema:text');
  const since = ownProperty(value, 'schema:startTime');
  if (typeof quote !== 'string' || quote === '' || typeof since !== 'string' || !ISO_UTC.test(since)) {
    throw new ImportError(`${where}: the review (${REVIEW_KEY}) must give the words reviewed (schema:text) and a UTC time (schema:startTime).`);
  }
  return { quote, since };
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function historyOf(value: unknown, where: string): StatusChange[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ImportError(`${where}: the status history must be a list (found ${describeValue(value)}).`);
  return value.map((entry, index) => {
    const from = CLAIM_STATUSES.find((status) => status === ownProperty(entry, 'schema:replacee'));
    const to = CLAIM_STATUSES.find((status) => status === ownProperty(entry, 'schema:replacer'));
    const at = ownProperty(entry, 'schema:endTime');
    if (from === undefined || to === undefined || typeof at !== 'string' || !ISO_UTC.test(at)) {
      throw new ImportError(`${where}: status history entry ${index + 1} is not a change between two known statuses at a UTC time.`);
    }
    return { from, to, at };
  });
}

