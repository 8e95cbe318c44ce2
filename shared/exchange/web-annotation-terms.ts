// The names ClaimMark uses when it writes (and reads back) W3C Web Annotations: the JSON-LD
// context, the IRIs made for claims, evidence, statuses and articles, and the few extension
// properties for what the Web Annotation model has no term for.
//
// Extension properties use the `schema:` prefix, which the Web Annotation context itself
// defines (http://schema.org/), where schema.org has a fitting term. The two ClaimMark-only
// facts (an evidence link's stance and the status history) are written with keys that are
// absolute IRIs in ClaimMark's `urn:claimmark:` namespace, so the single standard context
// still covers the whole document and JSON-LD processors keep them.

import type { ClaimOrigin } from '../model';
import { CLAIM_STATUSES, type ClaimStatus } from '../statuses';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const ANNOTATION_MIME_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

/** Annotation-level: the claim as reviewed (schema.org ClaimReview's `claimReviewed`). */
export const CLAIM_REVIEWED_KEY = 'schema:claimReviewed';
/** Annotation-level: `{ type: 'schema:Claim', 'schema:author': { 'schema:name': claimant } }`. */
export const ITEM_REVIEWED_KEY = 'schema:itemReviewed';
/** Evidence body: 'supports' | 'refutes' | 'context'. */
export const STANCE_KEY = 'urn:claimmark:stance';
/** Annotation-level: the status changes, oldest first, as schema.org ReplaceActions. */
export const STATUS_HISTORY_KEY = 'urn:claimmark:statusHistory';
/**
 * Annotation-level, for a claim that moved onto other words: `{ 'schema:text': the words the
 * status was given on, 'schema:startTime': since when }`. Its note body (REVIEW_BODY_IRI)
 * says the same for people and is not read back as part of the note.
 */
export const REVIEW_KEY = 'urn:claimmark:review';
/** The id files written before ClaimMark 0.1 gave that body; still recognised when read. */
export const REVIEW_BODY_IRI = 'urn:claimmark:needs-review';
/**
 * Body-level: marks the status body (its value is the status id, 'verified') and the review
 * body (true). Bodies carry no `id`: the W3C test suite reads an object with an `id` and no
 * `source` as an external resource, which may not have a `purpose`.
 */
export const STATUS_KEY = 'urn:claimmark:status';
export const REVIEW_NOTE_KEY = 'urn:claimmark:needsReview';
/**
 * Annotation-level, on a claim imported from another tool: `{ 'urn:claimmark:tool': the tool
 * it came from }`, and its id there as `schema:identifier` when that id is no IRI; an IRI is
 * the Annotation's `via` (§3.3.7: the annotation this one was copied from) instead.
 */
export const ORIGIN_KEY = 'urn:claimmark:origin';
export const ORIGIN_TOOL_KEY = 'urn:claimmark:tool';
export const ORIGIN_ID_KEY = 'schema:identifier';
/** What an Annotation says of the claim's origin: `via` and ORIGIN_KEY. */
export interface OriginProperties {
  via?: string;
  [ORIGIN_KEY]?: { [ORIGIN_TOOL_KEY]: ClaimOrigin['tool']; [ORIGIN_ID_KEY]?: string };
}

/** An absolute IRI (RFC 3987): a scheme, a colon, and no white space or characters IRIs exclude. */
export function isAbsoluteIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`\p{Cc}]+$/u.test(value);
}

export function originProperties(origin: ClaimOrigin | undefined): OriginProperties {
  if (origin === undefined) return {};
  const via = isAbsoluteIri(origin.id);
  return { ...(via ? { via: origin.id } : {}), [ORIGIN_KEY]: { [ORIGIN_TOOL_KEY]: origin.tool, ...(via ? {} : { [ORIGIN_ID_KEY]: origin.id }) } };
}

/** The software that writes the annotations (the Annotation's `generator`). */
export const GENERATOR = { type: 'Software', name: 'ClaimMark' } as const;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CLAIM_URN_PREFIX = 'urn:claimmark:claim:';
const EVIDENCE_URN_PREFIX = 'urn:claimmark:evidence:';
const STATUS_URN_PREFIX = 'urn:claimmark:status:';

/**
 * The IRI of a claim or an evidence link: `urn:uuid:<id>` for a lower-case UUID (what the
 * app makes), otherwise a stable URN in ClaimMark's namespace holding the id percent-encoded.
 */
export function claimIri(id: string): string {
  return UUID_PATTERN.test(id) ? `urn:uuid:${id}` : `${CLAIM_URN_PREFIX}${encodeURIComponent(id)}`;
}

export function evidenceIri(id: string): string {
  return UUID_PATTERN.test(id) ? `urn:uuid:${id}` : `${EVIDENCE_URN_PREFIX}${encodeURIComponent(id)}`;
}

/** The id inside an IRI made by `claimIri` or `evidenceIri`; null for any other IRI. */
export function idFromIri(iri: string): string | null {
  const uuid = /^urn:uuid:(.+)$/i.exec(iri);
  if (uuid?.[1] !== undefined) return uuid[1].toLowerCase();
  for (const prefix of [CLAIM_URN_PREFIX, EVIDENCE_URN_PREFIX]) {
    if (!iri.startsWith(prefix)) continue;
    try {
      return decodeURIComponent(iri.slice(prefix.length));
    } catch {
      return null;
    }
  }
  return null;
}

export function statusIri(status: ClaimStatus): string {
  return `${STATUS_URN_PREFIX}${status}`;
}

export function statusFromIri(iri: string): ClaimStatus | null {
  if (!iri.startsWith(STATUS_URN_PREFIX)) return null;
  const name = iri.slice(STATUS_URN_PREFIX.length);
  return CLAIM_STATUSES.find((status) => status === name) ?? null;
}

/** An absolute http(s) URL, normalised as the URL parser writes it; null for anything else. */
export function httpUrlOrNull(value: string | null): string | null {
  if (value === null) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/**
 * The IRI that identifies an article as an annotation target: its source when that is an
 * http(s) URL, otherwise `urn:sha256:<hex>` from its content hash, which names exactly the
 * text the offsets count in.
 */
export function articleIri(article: { source: string | null; contentHash: string }): string {
  return httpUrlOrNull(article.source) ?? `urn:sha256:${article.contentHash.replace(/^sha256:/, '')}`;
}

/** The content hash ("sha256:<hex>") named by a `urn:sha256:` IRI; null for other IRIs. */
export function contentHashFromIri(iri: string): string | null {
  const match = /^urn:sha256:([0-9a-f]{64})$/i.exec(iri);
  return match?.[1] === undefined ? null : `sha256:${match[1].toLowerCase()}`;
}
