// Reads W3C Web Annotations (JSON-LD): one Annotation, a list of them, an
// AnnotationCollection with its pages embedded, or an AnnotationPage, as ClaimMark writes
// them (shared/export/web-annotation.ts) and as other tools do (Hypothesis, Recogito):
//
// - target: an IRI or an object with `source` and `selector` (one object or a list); the
//   first target with a TextQuoteSelector or TextPositionSelector is used. Inside another
//   selector's `refinedBy` only a TextQuoteSelector is taken: a position there counts from
//   the start of the outer selection, not of the document.
// - body: a string, an object or a list. TextualBodies with purpose assessing, tagging or
//   classifying whose value (or id) names a status set it; other tags are left out with a
//   warning. Other TextualBodies (commenting, describing, no purpose…) and `bodyValue` make
//   the note. Web resources and SpecificResources with an http(s) address become evidence;
//   any other address is left out with a warning.
// - ClaimMark's extension properties (see shared/export/web-annotation-terms.ts) bring back
//   claimant, claim-as-reviewed, evidence stance and status history.
// Unknown properties are ignored. Positions count Unicode code points, as the model says.

import {
  CLAIM_STATUSES,
  EVIDENCE_STANCES,
  NOTE_MAX_LENGTH,
  httpUrlSchema,
  type ClaimStatus,
  type EvidenceStance,
  type StatusChange,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../model';
import {
  CLAIM_REVIEWED_KEY,
  ITEM_REVIEWED_KEY,
  STANCE_KEY,
  STATUS_HISTORY_KEY,
  contentHashFromIri,
  idFromIri,
  statusFromIri,
} from '../export/web-annotation-terms';
import { describeIssue } from './describe-issue';
import { importedClaimSchema, type ArticleRef, type ImportedArticle, type ImportedClaim, type ImportedEvidence } from './import-bundle';
import { ImportError } from './import-error';
import { asList, describeValue, isJsonObject, ownProperty, typesOf, type JsonObject } from './json-value';
import { statusNamed } from './status-names';
import type { WarningLog } from './warning-log';

const STATUS_PURPOSES = new Set(['assessing', 'tagging', 'classifying']);
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const ISO_ANY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** True for a value that looks like Web Annotation JSON-LD of any of the accepted shapes. */
export function isWebAnnotationDocument(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  const types = typesOf(value);
  return types.includes('Annotation') || types.includes('AnnotationCollection') || types.includes('AnnotationPage');
}

export function readWebAnnotations(value: unknown, warnings: WarningLog, maxClaims: number): ImportedArticle[] {
  const items = annotationItems(value, warnings);
  if (items.length === 0) throw new ImportError('The file holds no annotations.');
  if (items.length > maxClaims) {
    throw new ImportError(`The file holds ${items.length} annotations; ClaimMark imports at most ${maxClaims} at a time.`);
  }
  const articles = new Map<string, ImportedArticle>();
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const number = index + 1;
    const { source, claim } = readAnnotation(item, number, warnings);
    const earlier = seen.get(claim.id);
    if (earlier !== undefined) throw new ImportError(`item ${number}: the id "${claim.id}" is used by item ${earlier} too.`);
    seen.set(claim.id, number);
    const key = source ?? '';
    let article = articles.get(key);
    if (article === undefined) {
      article = { ref: refOf(source), offsetUnit: 'code-point', claims: [] };
      articles.set(key, article);
    }
    article.claims.push(claim);
  });
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
  source: string | null;
  claim: ImportedClaim;
}

function readAnnotation(item: unknown, number: number, warnings: WarningLog): ReadAnnotation {
  const where = `item ${number}`;
  if (!isJsonObject(item)) throw new ImportError(`${where}: expected an annotation object, found ${describeValue(item)}.`);
  if (!typesOf(item).includes('Annotation')) {
    throw new ImportError(`${where}: not an Annotation (its type is ${JSON.stringify(ownProperty(item, 'type')) ?? 'missing'}).`);
  }
  const iri = ownProperty(item, 'id') ?? ownProperty(item, '@id');
  if (typeof iri !== 'string' || iri.trim() === '') throw new ImportError(`${where}: the annotation has no id.`);
  const target = readTarget(ownProperty(item, 'target'), where, warnings);
  const body = readBodies(item, where, warnings);
  const claim: ImportedClaim = {
    id: idFromIri(iri) ?? (iri.startsWith('#') && iri.length > 1 ? iri.slice(1) : iri),
    quote: target.quote,
    position: target.position,
    status: body.status,
    note: body.note,
    claimant: claimantOf(item),
    claimReviewed: textOrNull(ownProperty(item, CLAIM_REVIEWED_KEY)),
    evidence: body.evidence,
    history: historyOf(ownProperty(item, STATUS_HISTORY_KEY), where),
    anchor: null,
    created: timeOrNull(ownProperty(item, 'created'), `${where}: created`, warnings),
    modified: timeOrNull(ownProperty(item, 'modified'), `${where}: modified`, warnings),
  };
  const checked = importedClaimSchema.safeParse(claim);
  if (!checked.success) throw new ImportError(`${where}: ${describeIssue(checked.error)}`);
  return { source: target.source, claim: checked.data };
}

interface ReadTarget {
  source: string | null;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
}

function readTarget(target: unknown, where: string, warnings: WarningLog): ReadTarget {
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

function sourceIri(source: unknown, where: string): string | null {
  if (source === undefined || source === null) return null;
  if (Array.isArray(source)) throw new ImportError(`${where}: has more than one source.`);
  const iri = typeof source === 'string' ? source : ownProperty(source, 'id') ?? ownProperty(source, '@id');
  if (typeof iri !== 'string' || iri.trim() === '') throw new ImportError(`${where}: the source has no IRI.`);
  return iri.trim();
}

function readSelectors(selector: unknown, where: string): { quote: TextQuoteSelector | null; position: TextPositionSelector | null } {
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

interface ReadBodies {
  status: ClaimStatus;
  note: string;
  evidence: ImportedEvidence[];
}

function readBodies(annotation: JsonObject, where: string, warnings: WarningLog): ReadBodies {
  const notes: string[] = [];
  const statuses: ClaimStatus[] = [];
  const evidence: ImportedEvidence[] = [];
  const bodyValue = ownProperty(annotation, 'bodyValue');
  if (typeof bodyValue === 'string' && bodyValue.trim() !== '') notes.push(bodyValue);
  const bodies = asList(ownProperty(annotation, 'body'));
  bodies.forEach((body, index) => {
    const label = bodies.length === 1 ? `${where}: body` : `${where}: body ${index + 1}`;
    readBody(body, label, { notes, statuses, evidence }, warnings);
  });

  const distinct = [...new Set(statuses)];
  if (distinct.length > 1) {
    warnings.add(`${where}: names several statuses (${distinct.join(', ')}); the first, ${distinct[0] ?? ''}, was used.`);
  }
  let note = notes.join('\n\n');
  if (note.length > NOTE_MAX_LENGTH) {
    warnings.add(`${where}: the note was cut to ${NOTE_MAX_LENGTH} characters.`);
    note = note.slice(0, NOTE_MAX_LENGTH);
  }
  return { status: distinct[0] ?? 'unverified', note, evidence };
}

interface BodyParts {
  notes: string[];
  statuses: ClaimStatus[];
  evidence: ImportedEvidence[];
}

function readBody(body: unknown, where: string, parts: BodyParts, warnings: WarningLog): void {
  if (typeof body === 'string') {
    const status = statusFromIri(body);
    if (status !== null) parts.statuses.push(status);
    else if (/^[a-z][a-z0-9+.-]*:\S/i.test(body)) addEvidence({ url: body }, where, parts, warnings);
    else if (body.trim() !== '') parts.notes.push(body);
    return;
  }
  if (!isJsonObject(body)) throw new ImportError(`${where} is neither text nor an object (found ${describeValue(body)}).`);
  const types = typesOf(body);
  if (types.includes('Choice')) {
    // A choice between equivalent bodies: the first is the preferred one.
    const [preferred] = asList(ownProperty(body, 'items'));
    if (preferred !== undefined) readBody(preferred, where, parts, warnings);
    return;
  }
  const id = ownProperty(body, 'id') ?? ownProperty(body, '@id');
  const value = ownProperty(body, 'value');
  const source = ownProperty(body, 'source');
  if (types.includes('TextualBody') || (value !== undefined && source === undefined)) {
    if (typeof value !== 'string') throw new ImportError(`${where}: the TextualBody's value must be text (found ${describeValue(value)}).`);
    const purposes = asList(ownProperty(body, 'purpose'));
    if (purposes.some((purpose) => typeof purpose === 'string' && STATUS_PURPOSES.has(purpose))) {
      const status = (typeof id === 'string' ? statusFromIri(id) : null) ?? statusNamed(value);
      if (status !== null) parts.statuses.push(status);
      else warnings.add(`${where}: the tag "${value.slice(0, 100)}" is not a status; left out.`);
    } else if (value.trim() !== '') {
      parts.notes.push(value);
    }
    return;
  }
  if (source !== undefined) {
    const url = sourceIri(source, where);
    if (url === null) throw new ImportError(`${where}: the SpecificResource has no source.`);
    const { quote } = readSelectors(ownProperty(body, 'selector'), where);
    addEvidence(
      {
        url,
        id: typeof id === 'string' ? id : undefined,
        title: titleOf(source) ?? titleOf(body),
        quote: quote?.exact,
        accessed: accessedOf(ownProperty(body, 'state')),
        stance: ownProperty(body, STANCE_KEY),
        added: timeOrNull(ownProperty(body, 'created'), `${where}: created`, warnings),
      },
      where,
      parts,
      warnings,
    );
    return;
  }
  if (typeof id === 'string') {
    const status = statusFromIri(id);
    if (status !== null) parts.statuses.push(status);
    else addEvidence({ url: id, title: titleOf(body) }, where, parts, warnings);
    return;
  }
  warnings.add(`${where}: has no value, source or id; left out.`);
}

interface EvidenceParts {
  url: string;
  id?: string;
  title?: string | null;
  quote?: string;
  accessed?: string | null;
  stance?: unknown;
  added?: string | null;
}

function addEvidence(parts: EvidenceParts, where: string, body: BodyParts, warnings: WarningLog): void {
  if (!httpUrlSchema.safeParse(parts.url).success) {
    warnings.add(`${where}: the link "${parts.url.slice(0, 200)}" is not an http(s) address; left out.`);
    return;
  }
  body.evidence.push({
    id: parts.id === undefined ? null : (idFromIri(parts.id) ?? parts.id),
    url: parts.url,
    title: parts.title ?? '',
    quote: parts.quote ?? '',
    accessed: parts.accessed ?? null,
    stance: EVIDENCE_STANCES.find((stance): stance is EvidenceStance => stance === parts.stance) ?? 'context',
    added: parts.added ?? null,
  });
}

function titleOf(resource: unknown): string | null {
  for (const key of ['schema:name', 'title', 'dc:title', 'name']) {
    const value = ownProperty(resource, key);
    if (typeof value === 'string') return value;
  }
  return null;
}

/** The day a TimeState says the source was seen (ClaimMark writes the access day at 00:00 UTC). */
function accessedOf(state: unknown): string | null {
  for (const candidate of asList(state)) {
    const when = ownProperty(candidate, 'sourceDate');
    if (typeof when === 'string' && ISO_ANY.test(when) && !Number.isNaN(Date.parse(when))) return when.slice(0, 10);
  }
  return null;
}

function claimantOf(annotation: JsonObject): string | null {
  const author = ownProperty(ownProperty(annotation, ITEM_REVIEWED_KEY), 'schema:author');
  return typeof author === 'string' ? author : textOrNull(ownProperty(author, 'schema:name'));
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

/** A date-time as ClaimMark stores it (UTC, "Z"); other time zones are converted, anything else is dropped. */
function timeOrNull(value: unknown, where: string, warnings: WarningLog): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && ISO_UTC.test(value) && !Number.isNaN(Date.parse(value))) return value;
  if (typeof value === 'string' && ISO_ANY.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  warnings.add(`${where} is not a date and time (${describeValue(value)}); left out.`);
  return null;
}
