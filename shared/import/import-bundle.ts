// What parseImport hands back: per article a reference to find or create it in the library,
// and the claims to add, checked with these schemas before they leave the importer. Ids,
// creation times and evidence times can be missing in files from other tools (null); the
// caller fills them in with its own `newId` and `now`.

import { z } from 'zod';
import { nativeAnchorSchema } from '../exchange/native-format';
import {
  EVIDENCE_STANCES,
  NOTE_MAX_LENGTH,
  claimOriginSchema,
  claimReviewSchema,
  claimStatusSchema,
  claimantTypeSchema,
  httpUrlSchema,
  statusChangeSchema,
  tagsSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from '../model';
import { IMPORT_KINDS } from './import-kinds';

const isoTimeSchema = z.iso.datetime();
export { IMPORTED_LABEL_MAX_LENGTH as TAG_MAX_LENGTH } from './import-kinds';
/** Ids from other tools are IRIs and can be long; ClaimMark's own ids are at most 100 characters. */
const importedIdSchema = z.string().min(1).max(2000);

export const importedEvidenceSchema = z.strictObject({
  id: importedIdSchema.nullable(),
  url: httpUrlSchema,
  title: z.string().max(1000),
  quote: z.string().max(20_000),
  accessed: z.iso.date().nullable(),
  stance: z.enum(EVIDENCE_STANCES),
  added: isoTimeSchema.nullable(),
});
export type ImportedEvidence = z.infer<typeof importedEvidenceSchema>;

export const importedClaimSchema = z
  .strictObject({
    id: importedIdSchema,
    quote: textQuoteSelectorSchema.nullable(),
    position: textPositionSelectorSchema.nullable(),
    status: claimStatusSchema,
    note: z.string().max(NOTE_MAX_LENGTH),
    claimant: z.string().max(500).nullable(),
    claimReviewed: z.string().max(5000).nullable(),
    claimantType: claimantTypeSchema,
    tags: tagsSchema,
    evidence: z.array(importedEvidenceSchema),
    history: z.array(statusChangeSchema),
    /** The words the status was given on, for a claim that moved onto others (native exports from version 3). */
    review: claimReviewSchema.nullable(),
    /** How the exporting library last placed the claim (native exports only); a hint, anchor again. */
    anchor: nativeAnchorSchema.nullable(),
    /**
     * Where the file says the claim came from: a ClaimMark export's record of it, or a W3C
     * annotation's own id (its IRI as written); null for a claim the exporting ClaimMark made
     * itself. Absent, the claim comes from the tool that wrote the file, under `id`.
     */
    origin: claimOriginSchema.nullable().optional(),
    created: isoTimeSchema.nullable(),
    modified: isoTimeSchema.nullable(),
  })
  .refine((claim) => claim.quote !== null || claim.position !== null, {
    message: 'A claim needs a TextQuoteSelector or a TextPositionSelector.',
  })
  .refine((claim) => claim.position === null || claim.position.start <= claim.position.end, {
    message: 'The position selector ends before it starts.',
    path: ['position'],
  });
export type ImportedClaim = z.infer<typeof importedClaimSchema>;

/** Claims a reader checked one by one as it read them (frozen, so they stay as checked): the bundle's last check need not read them again. */
const checkedClaims = new WeakSet<ImportedClaim>();

/** A claim as read, checked with importedClaimSchema; the issue otherwise. */
export function checkClaim(claim: ImportedClaim): { claim: ImportedClaim } | { issue: z.ZodError } {
  const checked = importedClaimSchema.safeParse(claim);
  if (!checked.success) return { issue: checked.error };
  checkedClaims.add(Object.freeze(checked.data));
  return { claim: checked.data };
}

export function wasChecked(claim: ImportedClaim): boolean {
  return checkedClaims.has(claim);
}

export const articleRefSchema = z.strictObject({
  title: z.string().optional(),
  /** The article's source: a URL, a site name, or another IRI that names the document. */
  source: z.string().optional(),
  /** "sha256:<hex>" of the text the offsets count in. */
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/).optional(),
  /** The whole canonical text (native exports only). */
  text: z.string().optional(),
  byline: z.string().optional(),
  siteName: z.string().optional(),
  publishedTime: z.string().optional(),
  fileName: z.string().optional(),
});
export type ArticleRef = z.infer<typeof articleRefSchema>;

/**
 * What the positions count: ClaimMark's UTF-16 code units (native files) or Unicode code
 * points (W3C Web Annotation, as the model requires; shared/exchange/text-offsets.ts
 * converts once the article's text is known).
 */
export const OFFSET_UNITS = ['utf-16-code-unit', 'code-point'] as const;

export const importedArticleSchema = z.strictObject({
  ref: articleRefSchema,
  offsetUnit: z.enum(OFFSET_UNITS),
  claims: z.array(importedClaimSchema),
});
export type ImportedArticle = z.infer<typeof importedArticleSchema>;

/** What one foreign label (a Hypothesis tag, a doccano or Label Studio label) became. */
export const labelOutcomeSchema = z.strictObject({
  label: z.string(),
  /** The status it set; null when it became a tag. */
  status: claimStatusSchema.nullable(),
  claims: z.number().int().nonnegative(),
  /** Decided by the label's name, by the analyst's earlier choice for this tool, or by their choice for this file. */
  by: z.enum(['name', 'remembered', 'chosen']),
});
export type LabelOutcome = z.infer<typeof labelOutcomeSchema>;

export { IMPORT_KINDS, type ImportKind } from './import-kinds';

export const importBundleSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS),
  articles: z.array(importedArticleSchema),
  labels: z.array(labelOutcomeSchema),
  /** What was left out or changed on the way in, for the analyst. */
  warnings: z.array(z.string()),
});
export type ImportBundle = z.infer<typeof importBundleSchema>;
