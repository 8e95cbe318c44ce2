// The data model both processes share, as schemas (checked at every process boundary and
// on every file read) with the types derived from them.
// Offsets everywhere count UTF-16 code units (JavaScript string indices) in the article's
// canonical text (`Article.text`); see shared/article/canonical-text.ts.

import { z } from 'zod';
import { CLAIMANT_TYPES } from './claimant-types';
import { EVIDENCE_STANCES } from './evidence-stances';
import { MARK_KINDS } from './mark-kinds';
import { ORIGIN_TOOLS } from './origin-tools';
import { CLAIM_STATUSES } from './statuses';
import { TAG_MAX_LENGTH, TAG_PATTERN, TAGS_MAX, tagKey } from './tag-rules';

export { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from './statuses';
export const claimStatusSchema = z.enum(CLAIM_STATUSES);

const offsetSchema = z.int().nonnegative();
const isoTimeSchema = z.iso.datetime();
export const idSchema = z.string().min(1).max(100);

/** W3C Web Annotation TextPositionSelector: [start, end) in the canonical text. */
export const textPositionSelectorSchema = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: offsetSchema,
  end: offsetSchema,
});
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/** W3C Web Annotation TextQuoteSelector: the quote with up to 32 characters of context. */
export const textQuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

export const claimSelectorsSchema = z.strictObject({
  position: textPositionSelectorSchema,
  quote: textQuoteSelectorSchema,
});
export type ClaimSelectors = z.infer<typeof claimSelectorsSchema>;

export const NOTE_MAX_LENGTH = 20_000;

const scoreSchema = z.number().min(0).max(1);

/** The best place a fuzzy search found for an orphaned claim's quote. */
export const anchorCandidateSchema = z.strictObject({
  start: offsetSchema,
  end: offsetSchema,
  exact: z.string(),
  score: scoreSchema,
});
export type AnchorCandidate = z.infer<typeof anchorCandidateSchema>;

export const ANCHOR_METHODS = ['created', 'position', 'quote', 'fuzzy', 're-attached', 'accepted', 'imported'] as const;

/**
 * Where a claim stands in the current text. An anchored claim's position selector always
 * holds its quote in `Article.text`; an orphan keeps the selectors it had and, when the
 * search found one, its best candidate.
 */
export const claimAnchorSchema = z.strictObject({
  state: z.enum(['anchored', 'orphaned']),
  /** How the claim was last placed: when made, by position, by exact quote, fuzzily, by hand, or on the candidate the analyst accepted. */
  method: z.enum(ANCHOR_METHODS),
  /** Similarity of the text found to the stored quote (1 = identical); null when not searched. */
  score: scoreSchema.nullable(),
  candidate: anchorCandidateSchema.nullable(),
});
export type ClaimAnchor = z.infer<typeof claimAnchorSchema>;

export const ANCHORED_AS_CREATED: ClaimAnchor = { state: 'anchored', method: 'created', score: null, candidate: null };

export { EVIDENCE_STANCES, EVIDENCE_STANCE_LABELS } from './evidence-stances';

/** Only absolute http(s) addresses: evidence links open in the system browser. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, error: 'Evidence links must be http:// or https:// addresses.' }).max(4000);

/** A source that supports, refutes or gives context to a claim. */
export const evidenceSchema = z.strictObject({
  id: idSchema,
  url: httpUrlSchema,
  title: z.string().max(1000),
  /** The passage of the source that matters. */
  quote: z.string().max(20_000),
  /** The day the source was read (YYYY-MM-DD). */
  accessed: z.iso.date().nullable(),
  stance: z.enum(EVIDENCE_STANCES),
  added: isoTimeSchema,
});
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceStance = Evidence['stance'];

export { TAG_MAX_LENGTH, TAGS_MAX, tagKey } from './tag-rules';

/** One tag: no spaces at its ends and no line breaks or other control characters (CSV cells list one a line). */
export const tagSchema = z.string().min(1).max(TAG_MAX_LENGTH).regex(TAG_PATTERN, 'a tag has no spaces at its ends and no line breaks');

/** A claim's tags, in the order the analyst gave them, each once (whatever its case). */
export const tagsSchema = z
  .array(tagSchema)
  .max(TAGS_MAX)
  .refine((tags) => new Set(tags.map(tagKey)).size === tags.length, 'a claim has each tag once (tags differing only in case are one tag)');

export { CLAIMANT_TYPES, CLAIMANT_TYPE_LABELS } from './claimant-types';
/** Whether the claimant is a person or an organisation; null when the analyst has not said. */
export const claimantTypeSchema = z.enum(CLAIMANT_TYPES).nullable();
export type ClaimantType = z.infer<typeof claimantTypeSchema>;

/** The words a status was given on, and the words the claim holds now. */
export const reviewQuotesSchema = z.strictObject({ reviewed: z.string(), current: z.string() });
export type ReviewQuotes = z.infer<typeof reviewQuotesSchema>;

/** One change of a claim's status; a review of moved words keeps both (`from === to` when the status was kept). */
export const statusChangeSchema = z.strictObject({
  from: claimStatusSchema,
  to: claimStatusSchema,
  at: isoTimeSchema,
  quotes: reviewQuotesSchema.optional(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

/**
 * Set when the claim moved onto words other than those its status was given on: those
 * words (the selectors hold the new ones) and since when. Cleared once the analyst keeps or
 * changes the status.
 */
export const claimReviewSchema = z.strictObject({ quote: z.string().min(1), since: isoTimeSchema });
export type ClaimReview = z.infer<typeof claimReviewSchema>;

export { ORIGIN_TOOLS, ORIGIN_TOOL_NAMES, type OriginTool } from './origin-tools';

/** Where an imported claim came from: the tool whose file held it and its id there, exactly as the file gave it (an address, say). */
export const claimOriginSchema = z.strictObject({ tool: z.enum(ORIGIN_TOOLS), id: z.string().min(1).max(2000) });
export type ClaimOrigin = z.infer<typeof claimOriginSchema>;

export const claimSchema = z.strictObject({
  id: idSchema,
  articleId: idSchema,
  selectors: claimSelectorsSchema,
  status: claimStatusSchema,
  note: z.string().max(NOTE_MAX_LENGTH),
  anchor: claimAnchorSchema,
  evidence: z.array(evidenceSchema),
  /** Every status change, oldest first. */
  history: z.array(statusChangeSchema),
  /** Who made the claim, when known. */
  claimant: z.string().max(500).nullable(),
  claimantType: claimantTypeSchema,
  /** The claim as reviewed (schema.org `claimReviewed`); null means the quote itself. */
  claimReviewed: z.string().max(5000).nullable(),
  /** The words the status was given on, while the claim needs review; null when it does not. */
  review: claimReviewSchema.nullable(),
  /** The analyst's own labels for the claim. */
  tags: tagsSchema,
  /** Set on a claim imported from another tool; absent on one the analyst made. */
  origin: claimOriginSchema.optional(),
  created: isoTimeSchema,
  modified: isoTimeSchema,
});
export type Claim = z.infer<typeof claimSchema>;

/**
 * A rendered block of the article: the slice [start, end) of `Article.text`. `level` is a
 * heading's level (2–6) or a list item's depth; `ordered` marks numbered list items.
 */
export const articleBlockSchema = z.strictObject({
  kind: z.enum(['title', 'heading', 'paragraph', 'caption', 'list-item', 'quote', 'preformatted']),
  start: offsetSchema,
  end: offsetSchema,
  level: z.int().min(1).max(6).optional(),
  ordered: z.boolean().optional(),
});
export type ArticleBlock = z.infer<typeof articleBlockSchema>;
export type ArticleBlockKind = ArticleBlock['kind'];

/** A link in the article: [start, end) of `Article.text`, to an http(s) address only. */
export const articleLinkSchema = z.strictObject({
  start: offsetSchema,
  end: offsetSchema,
  href: z.url({ protocol: /^https?$/ }),
});
export type ArticleLink = z.infer<typeof articleLinkSchema>;

export { MARK_KINDS } from './mark-kinds';

/**
 * Bold, italic or code over [start, end) of `Article.text`: drawn over the text, never part
 * of it, so claims count in the same text with or without marks. Marks of one kind never
 * overlap; marks of different kinds nest (bold inside italic) or cross.
 */
export const articleMarkSchema = z.strictObject({
  kind: z.enum(MARK_KINDS),
  start: offsetSchema,
  end: offsetSchema,
});
export type ArticleMark = z.infer<typeof articleMarkSchema>;
export type MarkKind = ArticleMark['kind'];

export const ARTICLE_FORMATS = ['txt', 'md', 'html'] as const;

/** The article's fields, before the checks that compare them with each other. */
export const articleFieldsSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  /** Where the article says it came from, e.g. "www.theguardian.com". */
  source: z.string().nullable(),
  byline: z.string().nullable(),
  siteName: z.string().nullable(),
  publishedTime: z.string().nullable(),
  dir: z.enum(['ltr', 'rtl']).nullable(),
  format: z.enum(ARTICLE_FORMATS),
  /** The canonical plain text that every selector counts in. */
  text: z.string(),
  blocks: z.array(articleBlockSchema),
  links: z.array(articleLinkSchema),
  /** Sorted by start; every one a non-empty range inside `text`. */
  marks: z.array(articleMarkSchema),
  /** "sha256:<hex>" of `text` encoded as UTF-8. */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  /** The file name the article was loaded from. */
  fileName: z.string(),
  added: isoTimeSchema,
  /** When the text was last replaced by a newer version of the article. */
  updated: isoTimeSchema.nullable(),
});

export const articleSchema = articleFieldsSchema.superRefine((article, context) => {
  let previous = 0;
  for (const [index, mark] of article.marks.entries()) {
    if (mark.start < previous || mark.end <= mark.start || mark.end > article.text.length) {
      context.addIssue({ code: 'custom', path: ['marks', index], message: `a mark must be a non-empty range inside the text, in order of start (got ${mark.start}-${mark.end})` });
      return;
    }
    previous = mark.start;
  }
});
export type Article = z.infer<typeof articleSchema>;

export const articleSummarySchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  source: z.string().nullable(),
  siteName: z.string().nullable(),
  fileName: z.string(),
  format: z.enum(ARTICLE_FORMATS),
  added: isoTimeSchema,
  updated: isoTimeSchema.nullable(),
  claimCount: z.int().nonnegative(),
  /** Claims counted as checked (shared/claims/checked.ts). */
  checkedCount: z.int().nonnegative(),
  /** Claims that moved onto other words and wait for the analyst to review them. */
  reviewCount: z.int().nonnegative(),
  /** Claims of each status (orphans included). */
  statusCounts: z.record(claimStatusSchema, z.int().nonnegative()),
  /** Claims whose text could not be found after the article changed. */
  orphanCount: z.int().nonnegative(),
  /** Set when the article's file could not be read; the article cannot be opened. */
  problem: z.string().nullable(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleWithClaimsSchema = z.strictObject({
  article: articleSchema,
  claims: z.array(claimSchema),
});
export type ArticleWithClaims = z.infer<typeof articleWithClaimsSchema>;
