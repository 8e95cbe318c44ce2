// ClaimMark's own JSON export ("claimmark-export"), versions 1 and 2, as zod schemas: the one
// description of the format, which the writers' types come from, the importer parses with,
// and the shipped JSON Schema is generated from (nativeExportJsonSchema, npm run
// schema:generate). Unknown properties are dropped when read and forbidden by the JSON Schema.

import { z } from 'zod';
import {
  CLAIM_STATUSES,
  NOTE_MAX_LENGTH,
  claimAnchorSchema,
  claimStatusSchema,
  evidenceSchema,
  httpUrlSchema,
  idSchema,
  statusChangeSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
} from '../model';
import { STATUS_INFO } from '../statuses';

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

/** In the JSON Schema: each status with its own label and checked flag. */
const statusRules = CLAIM_STATUSES.map((status) => ({
  if: { properties: { status: { const: status } }, required: ['status'] },
  then: { properties: { statusLabel: { const: STATUS_INFO[status].label }, checked: { const: STATUS_INFO[status].checked } } },
}));

export const nativeAnchorSchema = z.object({
  state: described(claimAnchorSchema.shape.state, 'orphaned: the quote could not be found in the current text.'),
  method: claimAnchorSchema.shape.method,
  score: described(claimAnchorSchema.shape.score, 'Similarity of the text found to the stored quote; null when not searched.'),
});
nativeFormatRegistry.add(nativeAnchorSchema, { id: 'anchor' });

const claimV2Schema = z
  .object({
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
    history: described(z.array(statusChangeSchema), 'Every status change, oldest first.'),
    ...claimTimes,
  })
  .superRefine((claim, context) => {
    const { label, checked } = STATUS_INFO[claim.status];
    if (claim.statusLabel !== label) context.addIssue({ code: 'custom', path: ['statusLabel'], message: `expected "${label}" for the status ${claim.status}` });
    if (claim.checked !== checked) context.addIssue({ code: 'custom', path: ['checked'], message: `expected ${String(checked)} for the status ${claim.status}` });
  });
nativeFormatRegistry.add(claimV2Schema, { id: 'claim', allOf: statusRules });

const articleV2Schema = z.object({
  ...articleV1Fields,
  byline: nullableText(),
  siteName: nullableText(),
  publishedTime: described(nullableText(), 'As the article gives it (ISO 8601 when it could be read as a date).'),
  ...articleTail,
});
nativeFormatRegistry.add(articleV2Schema, { id: 'article' });

const articleEntrySchema = z.object({
  article: articleV2Schema,
  claims: described(z.array(claimV2Schema), 'In reading order: by start, then end, then creation time, then id.'),
});
nativeFormatRegistry.add(articleEntrySchema, { id: 'articleEntry' });

/** Version 2: any number of articles, and everything about each claim. */
export const nativeExportV2Schema = z.object({
  format: formatSchema,
  version: z.literal(2),
  exportedAt: described(z.iso.datetime(), 'When the export was made (ISO 8601, UTC).'),
  offsetUnit: offsetUnitSchema,
  articles: z.array(articleEntrySchema),
});

export type NativeExport = z.infer<typeof nativeExportV2Schema>;
export type NativeArticleEntry = NativeExport['articles'][number];
export type NativeArticle = NativeArticleEntry['article'];
export type NativeClaim = NativeArticleEntry['claims'][number];
/** Where the claim stood in its article's text when exported (the best candidate is not kept). */
export type NativeAnchor = z.infer<typeof nativeAnchorSchema>;

/** The JSON Schema of version 2, as shipped in shared/export/claimmark-export.schema.json. */
export function nativeExportJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(nativeExportV2Schema, { target: 'draft-2020-12', metadata: nativeFormatRegistry, unrepresentable: 'throw' });
  return {
    $schema,
    $id: 'urn:claimmark:schema:claimmark-export:2',
    title: 'ClaimMark export, version 2',
    description:
      "The claims of one article or of a whole ClaimMark library, with their status, note, claimant, evidence and status history. Offsets count UTF-16 code units (JavaScript string indices) in each article's canonical text (`article.text`). Written by shared/export/native-export.ts, read by shared/import/native-import.ts, and generated from the zod schema in shared/exchange/native-format.ts (npm run schema:generate).",
    ...schema,
  };
}
