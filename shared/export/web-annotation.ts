// Claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD with the
// standard context, either as a plain array or as an AnnotationCollection with one embedded
// AnnotationPage. Each claim is one Annotation with motivation "assessing":
//
// - target: a SpecificResource whose source is the article (its http(s) source URL, else
//   `urn:sha256:<hex>` of its text) with a TextQuoteSelector and a TextPositionSelector.
//   As the model requires, the position counts Unicode code points, not the UTF-16 code
//   units ClaimMark stores (text-offsets.ts converts).
// - body, in this order:
//   - the note, when there is one: TextualBody, purpose "commenting", format text/plain;
//   - the status: TextualBody, purpose "assessing", value = the status label ("Verified"),
//     and `urn:claimmark:status` = the status id ("verified") so tools can match it without
//     reading English. No body carries an `id` without a `source`: the W3C test suite reads
//     such an object as an external resource, which may not have a `purpose`;
//   - each tag, in the claim's order: TextualBody, purpose "tagging", value = the tag;
//   - each evidence link: SpecificResource, purpose "linking", id = `urn:uuid:<evidence id>`,
//     source = { id: the URL, schema:name: its title }, the quoted passage as a
//     TextQuoteSelector on that source, the day it was read as a TimeState (sourceDate at
//     00:00 UTC), `created` = when it was added, and its stance under `urn:claimmark:stance`.
// - claimant and claim-as-reviewed: schema.org terms on the Annotation
//   (`schema:itemReviewed` → schema:Claim with `schema:author` → `schema:name`, typed
//   schema:Person or schema:Organization when the analyst said which, and
//   `schema:claimReviewed`), present only when set.
// - status history: `urn:claimmark:statusHistory`, a list of schema:ReplaceAction
//   (`schema:replacee` = old status id, `schema:replacer` = new, `schema:endTime`), omitted
//   when empty.
// - a claim that needs review (it moved onto other words than its status was given on):
//   one more body, TextualBody, purpose "questioning", `urn:claimmark:needsReview` true,
//   saying both quotes, and `urn:claimmark:review` on the Annotation with the old words.
// - an orphan (a claim that lost its place in the current text) is targeted by its quote
//   alone: the position it had would select other words.
// - created / modified: the claim's; generated: the export time; generator: ClaimMark;
//   creator: the analyst, when the export names one.
// - a claim imported from another tool: its id there as `via` when that id is an IRI, and
//   `urn:claimmark:origin` naming the tool (and holding an id that is no IRI).

import { STATUS_INFO } from '../statuses';
import type { Claim } from '../model';
import { inReadingOrder } from '../claims/reading-order';
import type { ArticleClaims } from './article-claims';
import { JsonList, JsonRecord, materialize, type Streamable } from './json-chunks';
import { toCodePointPosition } from '../exchange/text-offsets';
import {
  ANNOTATION_CONTEXT,
  CLAIM_REVIEWED_KEY,
  GENERATOR,
  ITEM_REVIEWED_KEY,
  REVIEW_KEY,
  REVIEW_NOTE_KEY,
  STANCE_KEY,
  STATUS_HISTORY_KEY,
  STATUS_KEY,
  articleIri,
  claimIri,
  evidenceIri,
  isAbsoluteIri,
  originProperties,
} from '../exchange/web-annotation-terms';
import type { AnnotationBody, AnnotationCollection, AnnotationPage, TargetQuoteSelector, WebAnnotation, WebAnnotationAgent } from './web-annotation-shapes';

export type * from './web-annotation-shapes';

const CLAIMANT_TYPE_TERMS = { person: 'schema:Person', organization: 'schema:Organization' } as const;

interface WebAnnotationInput {
  articles: readonly ArticleClaims[];
  exportedAt: string;
  creator?: WebAnnotationAgent;
  generator?: WebAnnotationAgent;
}

export interface WebAnnotationCollectionInput extends WebAnnotationInput {
  shape: 'collection';
  /** An absolute IRI without a fragment, e.g. `urn:uuid:…`; its one page is `<id>#page-1`. */
  collectionId: string;
  /** Defaults to the article's title, or the number of articles. */
  label?: string;
}

export interface WebAnnotationArrayInput extends WebAnnotationInput {
  shape: 'array';
}

export function buildWebAnnotations(input: WebAnnotationCollectionInput): AnnotationCollection;
export function buildWebAnnotations(input: WebAnnotationArrayInput): WebAnnotation[];
export function buildWebAnnotations(
  input: WebAnnotationCollectionInput | WebAnnotationArrayInput,
): AnnotationCollection | WebAnnotation[] {
  // One call in each branch, so that each finds its own overload.
  return input.shape === 'array' ? materialize(webAnnotationsJson(input)) : materialize(webAnnotationsJson(input));
}

/** The same for jsonChunks: each annotation made as it is written. Bad input is refused at once, before anything is written. */
export function webAnnotationsJson(input: WebAnnotationCollectionInput): Streamable<AnnotationCollection>;
export function webAnnotationsJson(input: WebAnnotationArrayInput): Streamable<WebAnnotation[]>;
export function webAnnotationsJson(
  input: WebAnnotationCollectionInput | WebAnnotationArrayInput,
): Streamable<AnnotationCollection> | Streamable<WebAnnotation[]> {
  const generated = utcTimestamp(input.exportedAt);
  const annotations = JsonList.of<{ claim: Claim; text: string; source: string }, WebAnnotation>(
    function* () {
      for (const { article, claims } of input.articles) {
        const source = articleIri(article);
        for (const claim of inReadingOrder(claims)) yield { claim, text: article.text, source };
      }
    },
    ({ claim, text, source }) => annotationOf(claim, text, source, generated, input),
  );
  if (input.shape === 'array') return annotations;

  if (!isAbsoluteIri(input.collectionId) || input.collectionId.includes('#')) {
    throw new Error(`The collection id must be an absolute IRI without a fragment, not "${input.collectionId}".`);
  }
  const pageId = `${input.collectionId}#page-1`;
  const total = input.articles.reduce((count, { claims }) => count + claims.length, 0);
  return new JsonRecord<AnnotationCollection>({
    '@context': ANNOTATION_CONTEXT,
    id: input.collectionId,
    type: 'AnnotationCollection',
    label: input.label ?? defaultLabel(input.articles),
    total,
    generated,
    ...(total > 0
      ? {
          first: new JsonRecord<AnnotationPage>({ id: pageId, type: 'AnnotationPage', partOf: input.collectionId, startIndex: 0, items: annotations }),
          last: pageId,
        }
      : {}),
  });
}

function annotationOf(claim: Claim, text: string, source: string, generated: string, input: WebAnnotationInput): WebAnnotation {
  const { quote, position } = claim.selectors;
  const quoteSelector: TargetQuoteSelector = { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  const codePoints = toCodePointPosition(text, position);
  const body: AnnotationBody[] = [];
  if (claim.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain' });
  body.push({
    type: 'TextualBody',
    purpose: 'assessing',
    value: STATUS_INFO[claim.status].label,
    format: 'text/plain',
    language: 'en',
    [STATUS_KEY]: claim.status,
  });
  for (const tag of claim.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (claim.review !== null) {
    const value = `Needs review: the status ${STATUS_INFO[claim.status].label} was given on “${claim.review.quote}”; the claim now reads “${quote.exact}”.`;
    body.push({ type: 'TextualBody', purpose: 'questioning', value, format: 'text/plain', language: 'en', [REVIEW_NOTE_KEY]: true });
  }
  for (const evidence of claim.evidence) {
    body.push({
      id: evidenceIri(evidence.id),
      type: 'SpecificResource',
      purpose: 'linking',
      source: evidence.title === '' ? { id: evidence.url } : { id: evidence.url, 'schema:name': evidence.title },
      ...(evidence.quote === '' ? {} : { selector: { type: 'TextQuoteSelector' as const, exact: evidence.quote } }),
      ...(evidence.accessed === null ? {} : { state: { type: 'TimeState' as const, sourceDate: `${evidence.accessed}T00:00:00Z` } }),
      created: evidence.added,
      [STANCE_KEY]: evidence.stance,
    });
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: claimIri(claim.id),
    type: 'Annotation',
    motivation: 'assessing',
    created: claim.created,
    modified: claim.modified,
    generated,
    ...(input.creator === undefined ? {} : { creator: input.creator }),
    generator: input.generator ?? GENERATOR,
    body,
    target: {
      type: 'SpecificResource',
      source,
      selector:
        claim.anchor.state === 'orphaned'
          ? [quoteSelector]
          : [quoteSelector, { type: 'TextPositionSelector', start: codePoints.start, end: codePoints.end }],
    },
    ...(claim.claimReviewed === null ? {} : { [CLAIM_REVIEWED_KEY]: claim.claimReviewed }),
    ...(claim.claimant === null
      ? {}
      : {
          [ITEM_REVIEWED_KEY]: {
            type: 'schema:Claim' as const,
            'schema:author': { ...(claim.claimantType === null ? {} : { type: CLAIMANT_TYPE_TERMS[claim.claimantType] }), 'schema:name': claim.claimant },
          },
        }),
    ...(claim.history.length === 0
      ? {}
      : {
          [STATUS_HISTORY_KEY]: claim.history.map((change) => ({
            type: 'schema:ReplaceAction' as const,
            'schema:replacee': change.from,
            'schema:replacer': change.to,
            'schema:endTime': change.at,
          })),
        }),
    ...(claim.review === null ? {} : { [REVIEW_KEY]: { 'schema:text': claim.review.quote, 'schema:startTime': claim.review.since } }),
    ...originProperties(claim.origin),
  };
}

function defaultLabel(articles: readonly ArticleClaims[]): string {
  const [only] = articles;
  return articles.length === 1 && only !== undefined ? `Claims in “${only.article.title}”` : `Claims in ${articles.length} articles`;
}

/** The model wants xsd:dateTime in UTC written with "Z". */
function utcTimestamp(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`"${iso}" is not a date and time.`);
  return /Z$/.test(iso) ? iso : new Date(time).toISOString();
}
