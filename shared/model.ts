// The data model both processes share, as schemas (checked at every process boundary and
// on every file read) with the types derived from them.
// Offsets everywhere count UTF-16 code units (JavaScript string indices) in the article's
// canonical text (`Article.text`); see shared/article/canonical-text.ts.

import { z } from 'zod';

export const CLAIM_STATUSES = ['unverified', 'verified'] as const;
export const claimStatusSchema = z.enum(CLAIM_STATUSES);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unverified: 'Unverified',
  verified: 'Verified',
};

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

export const claimSchema = z.strictObject({
  id: idSchema,
  articleId: idSchema,
  selectors: claimSelectorsSchema,
  status: claimStatusSchema,
  note: z.string().max(NOTE_MAX_LENGTH),
  created: isoTimeSchema,
  modified: isoTimeSchema,
});
export type Claim = z.infer<typeof claimSchema>;

/** A rendered block of the article: the slice [start, end) of `Article.text`. */
export const articleBlockSchema = z.strictObject({
  kind: z.enum(['title', 'caption', 'paragraph']),
  start: offsetSchema,
  end: offsetSchema,
});
export type ArticleBlock = z.infer<typeof articleBlockSchema>;
export type ArticleBlockKind = ArticleBlock['kind'];

export const articleSchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  caption: z.string().nullable(),
  /** Where the article says it came from, e.g. "www.theguardian.com". */
  source: z.string().nullable(),
  /** The canonical plain text that every selector counts in. */
  text: z.string(),
  blocks: z.array(articleBlockSchema),
  /** "sha256:<hex>" of `text` encoded as UTF-8. */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  /** The file name the article was loaded from. */
  fileName: z.string(),
  added: isoTimeSchema,
});
export type Article = z.infer<typeof articleSchema>;

export const articleSummarySchema = z.strictObject({
  id: idSchema,
  title: z.string(),
  source: z.string().nullable(),
  added: isoTimeSchema,
  claimCount: z.int().nonnegative(),
  verifiedCount: z.int().nonnegative(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleWithClaimsSchema = z.strictObject({
  article: articleSchema,
  claims: z.array(claimSchema),
});
export type ArticleWithClaims = z.infer<typeof articleWithClaimsSchema>;
