// The bodies of a Web Annotation: which make the note, which name the status, which are tags,
// and which are evidence links (only http(s) ones are kept; the rest are left out with a
// warning). A "tagging" body is a tag, unless the annotation names no status otherwise and
// the tag is a status's name: other tools tag the verdict ("False") that way.

import {
  EVIDENCE_STANCES,
  NOTE_MAX_LENGTH,
  httpUrlSchema,
  type ClaimStatus,
  type EvidenceStance,
} from '../model';
import { REVIEW_BODY_IRI, REVIEW_NOTE_KEY, STANCE_KEY, STATUS_KEY, idFromIri, statusFromIri } from '../exchange/web-annotation-terms';
import type { ImportedEvidence } from './import-bundle';
import { ImportError } from './import-error';
import { asList, describeValue, isJsonObject, ownProperty, typesOf, type JsonObject } from './json-value';
import { importedTags } from './imported-tags';
import { statusNamed } from './status-names';
import { readSelectors, sourceIri } from './web-annotation-target';
import { accessedOf, timeOrNull } from './web-annotation-time';
import type { WarningLog } from './warning-log';

const STATUS_PURPOSES = new Set(['assessing', 'classifying']);

export interface ReadBodies {
  status: ClaimStatus;
  note: string;
  tags: string[];
  evidence: ImportedEvidence[];
}

export function readBodies(annotation: JsonObject, where: string, warnings: WarningLog): ReadBodies {
  const notes: string[] = [];
  const statuses: ClaimStatus[] = [];
  const evidence: ImportedEvidence[] = [];
  const tagged: string[] = [];
  const bodyValue = ownProperty(annotation, 'bodyValue');
  if (typeof bodyValue === 'string' && bodyValue.trim() !== '') notes.push(bodyValue);
  const bodies = asList(ownProperty(annotation, 'body'));
  bodies.forEach((body, index) => {
    const label = bodies.length === 1 ? `${where}: body` : `${where}: body ${index + 1}`;
    readBody(body, label, { notes, statuses, tagged, evidence }, warnings);
  });
  // Tags name the status only where nothing else does.
  const givenStatus = statuses.length > 0;
  const tagValues: string[] = [];
  for (const value of tagged) {
    const status = givenStatus ? null : statusNamed(value);
    if (status !== null) statuses.push(status);
    else tagValues.push(value);
  }
  const tags = importedTags(tagValues, where, warnings);

  const distinct = [...new Set(statuses)];
  if (distinct.length > 1) {
    warnings.add(`${where}: names several statuses (${distinct.join(', ')}); the first, ${distinct[0] ?? ''}, was used.`);
  }
  let note = notes.join('\n\n');
  if (note.length > NOTE_MAX_LENGTH) {
    warnings.add(`${where}: the note was cut to ${NOTE_MAX_LENGTH} characters.`);
    note = note.slice(0, NOTE_MAX_LENGTH);
  }
  return { status: distinct[0] ?? 'unverified', note, tags, evidence };
}

interface BodyParts {
  notes: string[];
  statuses: ClaimStatus[];
  /** The values of "tagging" bodies, in their order. */
  tagged: string[];
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
  // ClaimMark's own words on a claim that needs review: the review itself is read from the annotation.
  if (id === REVIEW_BODY_IRI || ownProperty(body, REVIEW_NOTE_KEY) === true) return;
  if (types.includes('TextualBody') || (value !== undefined && source === undefined)) {
    if (typeof value !== 'string') throw new ImportError(`${where}: the TextualBody's value must be text (found ${describeValue(value)}).`);
    const purposes = asList(ownProperty(body, 'purpose'));
    const marked = ownProperty(body, STATUS_KEY);
    if (purposes.includes('tagging') && marked === undefined) {
      parts.tagged.push(value);
    } else if (marked !== undefined || purposes.some((purpose) => typeof purpose === 'string' && STATUS_PURPOSES.has(purpose))) {
      const status = (typeof marked === 'string' ? statusNamed(marked) : null) ?? (typeof id === 'string' ? statusFromIri(id) : null) ?? statusNamed(value);
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
