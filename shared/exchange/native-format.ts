// ClaimMark's own JSON export ("claimmark-export"), versions 1 to 5, as zod schemas: the one
// description of the format, which the writers' types come from, the importer parses with,
// and the shipped JSON Schema is generated from (nativeExportJsonSchema, npm run
// schema:generate). Unknown properties are dropped when read and forbidden by the JSON Schema.

import { z } from 'zod';
import {
  CLAIM_STATUSES,
  NOTE_MAX_LENGTH,
  claimAnchorSchema,
  claimOriginSchema,
  claimReviewSchema,
  claimStatusSchema,
  claimantTypeSchema,
  evidenceSchema,
  httpUrlSchema,
  idSchema,
  statusChangeSchema,
  tagsSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from '../model';
import { STATUS_INFO, type ClaimStatus } from '../statuses';

export const NATIVE_EXPORT_FORMAT = 'claimmark-export';
export const NATIVE_EXPORT_MIME_TYPE = 'application/json';
export const NATIVE_OFFSET_UNIT = 'utf-16-code-unit';

/** Names and descriptions for the generated JSON Schema; zod itself does not read them. */
export const nativeFormatRegistry = z.registry<z.core.JSONSchemaMeta>();

function described<T extends z.ZodType>(schema: T, description: string): T {
  nativeFormatRegistry.add(schema, { description });
  return schema;
}

// Shared parts of the model become named definitions of the JSON Schema.
nativeFormatRegistry.add(idSchema, { id: 'id' });
nativeFormatRegistry.add(claimStatusSchema, { id: 'status' });
nativeFormatRegistry.add(statusChangeSchema, { id: 'statusChange' });
nativeFormatRegistry.add(evidenceSchema, { id: 'evidence' });
// zod checks the protocol with a function, which JSON Schema cannot carry: say it as a pattern.
nativeFormatRegistry.add(httpUrlSchema, { pattern: '^[hH][tT][tT][pP][sS]?://' });
nativeFormatRegistry.add(textPositionSelectorSchema, {
  id: 'textPositionSelector',
  description: 'W3C Web Annotation TextPositionSelector: [start, end) in UTF-16 code units of article.text.',
});
nativeFormatRegistry.add(textQuoteSelectorSchema, {
  id: 'textQuoteSelector',
  description: 'W3C Web Annotation TextQuoteSelector: the quote with up to 32 characters of context on each side.',
});

const formatSchema = z.literal(NATIVE_EXPORT_FORMAT);
const offsetUnitSchema = described(z.literal(NATIVE_OFFSET_UNIT), 'What every start/end offset counts: UTF-16 code units of article.text.');
const contentHashSchema = described(
  z.string().regex(/^sha256:[0-9a-f]{64}$/, 'expected "sha256:" and 64 hexadecimal digits'),
  'SHA-256 of `text` encoded as UTF-8.',
);
const nullableText = () => z.string().nullable();

/** The selectors in a fixed order: position first, then quote. */
const selectorsSchema = z.tuple([textPositionSelectorSchema, textQuoteSelectorSchema]);

const articleV1Fields = {
  id: idSchema,
  title: z.string(),
  source: described(nullableText(), 'Where the article says it came from: a site name or a URL.'),
};
const articleTail = {
  fileName: described(z.string(), 'The file the article was loaded from.'),
  contentHash: contentHashSchema,
  text: described(z.string(), 'The canonical plain text every selector counts in.'),
};

const claimHead = {
  id: idSchema,
  quote: described(z.string().min(1), "The claim's text; the same as the TextQuoteSelector's exact."),
};
const claimTimes = {
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
};
const noteSchema = z.string().max(NOTE_MAX_LENGTH);

/** Version 1: one article, and of each claim only its status, note and selectors. */
export const nativeExportV1Schema = z.object({
  format: formatSchema,
  version: z.literal(1),
  exportedAt: z.iso.datetime(),
  offsetUnit: offsetUnitSchema,
  article: z.object({ ...articleV1Fields, ...articleTail }),
  claims: z.array(z.object({ ...claimHead, status: claimStatusSchema, note: noteSchema, selectors: selectorsSchema, ...claimTimes })),
});
export type NativeExportV1 = z.infer<typeof nativeExportV1Schema>;

const STATUS_LABELS = CLAIM_STATUSES.map((status) => STATUS_INFO[status].label);

const ifStatus = (status: ClaimStatus) => ({ properties: { status: { const: status } }, required: ['status'] });

/**
 * In the JSON Schema: each status with its own label; a claim that needs review is not
 * checked, and any other has the checked flag of its status.
 */
const statusRules = [
  ...CLAIM_STATUSES.map((status) => ({ if: ifStatus(status), then: { properties: { statusLabel: { const: STATUS_INFO[status].label } } } })),
  {
    if: { properties: { review: { type: 'null' } }, required: ['review'] },
    then: {
      properties: { needsReview: { const: false } },
      allOf: CLAIM_STATUSES.map((status) => ({ if: ifStatus(status), then: { properties: { checked: { const: STATUS_INFO[status].checked } } } })),
    },
    else: { properties: { needsReview: { const: true }, checked: { const: false } } },
  },
];

export const nativeAnchorSchema = z.object({
  state: described(claimAnchorSchema.shape.state, 'orphaned: the quote could not be found in the current text.'),
  method: claimAnchorSchema.shape.method,
  score: described(claimAnchorSchema.shape.score, 'Similarity of the text found to the stored quote; null when not searched.'),
});
nativeFormatRegistry.add(nativeAnchorSchema, { id: 'anchor' });

const claimV2Fields = {
    ...claimHead,
    status: claimStatusSchema,
    statusLabel: described(z.enum(STATUS_LABELS), 'The status as the app shows it.'),
    checked: described(z.boolean(), 'Whether the status counts as checked (verified, false, misleading, inconclusive).'),
    note: noteSchema,
    claimant: described(z.string().max(500).nullable(), 'Who made the claim; null when not known.'),
    claimReviewed: described(z.string().max(5000).nullable(), 'The claim as reviewed (schema.org claimReviewed); null means the quote itself.'),
    selectors: selectorsSchema,
    anchor: nativeAnchorSchema,
    evidence: z.array(evidenceSchema),
    history: described(z.array(statusChangeSchema), 'Every status change, oldest first; one made on moved words keeps both quotes.'),
    ...claimTimes,
};

/** The label each status has, and the checked flag that `checkedOf` gives the claim. */
function labelAndChecked<T extends { status: ClaimStatus; statusLabel: string; checked: boolean }>(checkedOf: (claim: T) => boolean) {
  return (claim: T, context: z.RefinementCtx): void => {
    const { label } = STATUS_INFO[claim.status];
    const checked = checkedOf(claim);
    if (claim.statusLabel !== label) context.addIssue({ code: 'custom', path: ['statusLabel'], message: `expected "${label}" for the status ${claim.status}` });
    if (claim.checked !== checked) context.addIssue({ code: 'custom', path: ['checked'], message: `expected ${String(checked)} for this claim` });
  };
}

const claimV2Schema = z.object(claimV2Fields).superRefine(labelAndChecked((claim) => STATUS_INFO[claim.status].checked));

export const nativeReviewSchema = described(
  claimReviewSchema,
  'The words the status was given on (quote) and since when the claim holds other words; null when the status was given on the words it holds.',
);

const claimV3Fields = {
  ...claimV2Fields,
  checked: described(z.boolean(), 'Whether the claim counts as checked: a verdict (verified, false, misleading, inconclusive) given on the words it holds, so not while it needs review.'),
  needsReview: described(z.boolean(), 'The claim moved onto other words than its status was given on; `review.quote` holds those, `quote` the words it holds now.'),
  review: nativeReviewSchema.nullable(),
};

/** Version 3's checks of a claim, which version 4 keeps. */
function withReviewChecks<T extends z.ZodObject<typeof claimV3Fields>>(schema: T) {
  return schema
    .superRefine(labelAndChecked((claim) => STATUS_INFO[claim.status].checked && claim.review === null))
    .superRefine((claim, context) => {
      if (claim.needsReview !== (claim.review !== null)) context.addIssue({ code: 'custom', path: ['needsReview'], message: 'expected true exactly when review is set' });
    });
}

const claimV3Schema = withReviewChecks(z.object(claimV3Fields));

const claimV4Fields = {
  ...claimV3Fields,
  claimantType: described(claimantTypeSchema, 'Whether the claimant is a person or an organization; null when not said.'),
  tags: described(tagsSchema, "The analyst's tags, in their order; each once, whatever its case, with no spaces at its ends and no line breaks."),
};
const claimV4Schema = withReviewChecks(z.object(claimV4Fields));

nativeFormatRegistry.add(claimOriginSchema, {
  id: 'origin',
  description: "The tool whose file the claim was imported from (web-annotation, hypothesis, doccano, label-studio) and the claim's id there, exactly as that file gave it.",
});
const claimV5Schema = withReviewChecks(
  z.object({ ...claimV4Fields, origin: described(claimOriginSchema.nullable(), 'Where the claim was imported from; null for a claim made in ClaimMark.') }),
);
nativeFormatRegistry.add(claimV5Schema, { id: 'claim', allOf: statusRules });

const articleV2Schema = z.object({
  ...articleV1Fields,
  byline: nullableText(),
  siteName: nullableText(),
  publishedTime: described(nullableText(), 'As the article gives it (ISO 8601 when it could be read as a date).'),
  ...articleTail,
});
nativeFormatRegistry.add(articleV2Schema, { id: 'article' });

const articleEntryV2Schema = z.object({ article: articleV2Schema, claims: z.array(claimV2Schema) });

const articleEntryV3Schema = z.object({ article: articleV2Schema, claims: z.array(claimV3Schema) });

const articleEntryV4Schema = z.object({ article: articleV2Schema, claims: z.array(claimV4Schema) });

const articleEntrySchema = z.object({
  article: articleV2Schema,
  claims: described(z.array(claimV5Schema), 'In reading order: by start, then end, then creation time, then id.'),
});
nativeFormatRegistry.add(articleEntrySchema, { id: 'articleEntry' });

const exportedAtSchema = described(z.iso.datetime(), 'When the export was made (ISO 8601, UTC).');

/** Version 2: any number of articles, and everything about each claim but its review. */
export const nativeExportV2Schema = z.object({
  format: formatSchema,
  version: z.literal(2),
  exportedAt: exportedAtSchema,
  offsetUnit: offsetUnitSchema,
  articles: z.array(articleEntryV2Schema),
});

/** Version 3: version 2 with the review of claims that moved onto other words. */
export const nativeExportV3Schema = z.object({
  format: formatSchema,
  version: z.literal(3),
  exportedAt: exportedAtSchema,
  offsetUnit: offsetUnitSchema,
  articles: z.array(articleEntryV3Schema),
});

/** Version 4: version 3 with each claim's tags and whether its claimant is a person or an organization. */
export const nativeExportV4Schema = z.object({
  format: formatSchema,
  version: z.literal(4),
  exportedAt: exportedAtSchema,
  offsetUnit: offsetUnitSchema,
  articles: z.array(articleEntryV4Schema),
});

/** Version 5: version 4 with where each imported claim came from. */
export const nativeExportV5Schema = z.object({
  format: formatSchema,
  version: z.literal(5),
  exportedAt: exportedAtSchema,
  offsetUnit: offsetUnitSchema,
  articles: z.array(articleEntrySchema),
});

export type NativeExportV2 = z.infer<typeof nativeExportV2Schema>;
export type NativeExportV3 = z.infer<typeof nativeExportV3Schema>;
export type NativeExportV4 = z.infer<typeof nativeExportV4Schema>;
export type NativeExport = z.infer<typeof nativeExportV5Schema>;
export type NativeArticleEntry = NativeExport['articles'][number];
export type NativeArticle = NativeArticleEntry['article'];
export type NativeClaim = NativeArticleEntry['claims'][number];
/** Where the claim stood in its article's text when exported (the best candidate is not kept). */
export type NativeAnchor = z.infer<typeof nativeAnchorSchema>;

/** The JSON Schema of version 5, as shipped in shared/export/claimmark-export.schema.json. */
export function nativeExportJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(nativeExportV5Schema, { target: 'draft-2020-12', metadata: nativeFormatRegistry, unrepresentable: 'throw' });
  return {
    $schema,
    $id: 'urn:claimmark:schema:claimmark-export:5',
    title: 'ClaimMark export, version 5',
    description:
      "The claims of one article or of a whole ClaimMark library, with their status, note, claimant (and whether a person or an organization), tags, evidence, status history, where an imported claim came from and, for a claim that moved onto other words, the words its status was given on. Offsets count UTF-16 code units (JavaScript string indices) in each article's canonical text (`article.text`). Written by shared/export/native-export.ts, read by shared/import/native-import.ts, and generated from the zod schema in shared/exchange/native-format.ts (npm run schema:generate).",
    ...schema,
  };
}
