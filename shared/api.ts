// The one contract between the renderer and whichever host serves it (Electron's main
// process over IPC, or the browser host over HTTP). Every method takes one input object
// and resolves to one output; both are described by schemas, so the receiving side of
// every call can check what it got. Nothing outside this file spells a channel name.

import { z } from 'zod';
import {
  EVIDENCE_STANCES,
  NOTE_MAX_LENGTH,
  evidenceSchema,
  httpUrlSchema,
  articleSummarySchema,
  articleWithClaimsSchema,
  claimSchema,
  claimStatusSchema,
  claimantTypeSchema,
  idSchema,
  tagsSchema,
} from './model';
import { API_ERROR_CODES } from './api-error';
import type { ApiMethod } from './api-methods';
import { exportRequestSchema } from './export/export-request';
import { IMPORTED_LABEL_MAX_LENGTH } from './import/import-kinds';
import { importSummarySchema, importUndoneSchema, importIdInputSchema } from './import-api';
import { exportOutcomeSchema } from './export-api';

export type { ImportSummaryOutput } from './import-api';
export { exportOutcomeSchema, type ExportOutcome } from './export-api';

/** The fields of updateClaim that change a claim; at least one must be given. */
const UPDATED_FIELDS = ['status', 'note', 'claimant', 'claimantType', 'claimReviewed', 'tags'] as const;

/** A number of things (claims, articles…). */
const countSchema = z.int().nonnegative();


/**
 * A fifth over the 20 MB (20 MiB) an article or a file to import may be, so that a file a
 * little too large gets the loader's or the import's own message ("… is 20.1 MB; ClaimMark
 * opens articles up to 20 MB."); the dispatcher says the same of one over this.
 */
export const API_FILE_BYTES_MAX = 24 * 1024 * 1024;
const fileNameSchema = z.string().min(1).max(255);

/**
 * How an article file travels to the host: from the renderer (file picker, drop) as its bytes,
 * which IPC and the browser host's request body carry as they are; from the host's queue of
 * files named at launch, and in tests, as base64 inside JSON.
 */
export const articleFileSchema = z.union([
  z.strictObject({
    fileName: fileNameSchema,
    bytes: z.instanceof(Uint8Array, { error: 'The file must be sent as its bytes (binary data).' }).refine((bytes) => bytes.byteLength <= API_FILE_BYTES_MAX, 'The file is larger than 20 MB.'),
  }),
  z.strictObject({
    fileName: fileNameSchema,
    /** API_FILE_BYTES_MAX in base64 (four characters for three bytes). */
    contentBase64: z.base64().max((API_FILE_BYTES_MAX / 3) * 4),
  }),
]);
export type ArticleFileInput = z.infer<typeof articleFileSchema>;

/** What the analyst asks of an import: a preview, the article for a file's article that matches none, what a label becomes. */
const importInputSchema = z.strictObject({
  file: articleFileSchema,
  /** The open article, where annotations that name no article (recogito-js files) go. */
  articleId: idSchema.nullable().optional(),
  /** Only say what the import would do; nothing is written. */
  preview: z.boolean().default(false),
  /** Articles of the file (by their place in it, from 1) sent to a library article the analyst chose. */
  targets: z.array(z.strictObject({ fileArticle: z.int().positive(), articleId: idSchema })).max(10_000).default([]),
  /** What labels become, chosen by the analyst: a status, or (null) a tag. Remembered for the file's tool. */
  labelStatuses: z.array(z.strictObject({ label: z.string().max(IMPORTED_LABEL_MAX_LENGTH), status: claimStatusSchema.nullable() })).max(10_000).default([]),
});

/** What re-anchoring did to the claims of an updated article. */
export const reanchorReportSchema = z.strictObject({
  unchanged: countSchema,
  moved: countSchema,
  fuzzy: countSchema,
  orphaned: countSchema,
});
export type ReanchorReport = z.infer<typeof reanchorReportSchema>;

export const openArticleOutcomeSchema = z.discriminatedUnion('kind', [
  /** A new article, now in the library. */
  z.strictObject({ kind: z.literal('added'), articleId: idSchema, title: z.string() }),
  /** The same text is already in the library: nothing was added. */
  z.strictObject({ kind: z.literal('existing'), articleId: idSchema, title: z.string() }),
  /** A different version of an article already in the library; the analyst decides. Nothing was changed. */
  z.strictObject({
    kind: z.literal('changed-version'),
    existingArticleId: idSchema,
    existingTitle: z.string(),
    claimCount: countSchema,
  }),
  /** The existing article's text was replaced and its claims re-anchored. */
  z.strictObject({ kind: z.literal('updated'), articleId: idSchema, title: z.string(), report: reanchorReportSchema }),
]);
export type OpenArticleOutcome = z.infer<typeof openArticleOutcomeSchema>;


const articleRef = { articleId: idSchema };
const claimRef = { articleId: idSchema, claimId: idSchema };

/** What the analyst writes about a piece of evidence. */
const evidenceFields = {
  url: httpUrlSchema,
  title: z.string().max(1000),
  quote: z.string().max(20_000),
  accessed: z.iso.date().nullable(),
  stance: z.enum(EVIDENCE_STANCES),
};

/**
 * Whether the library folder takes changes: 'read-only' while it cannot be written (opened
 * on a read-only folder or on purpose, turned read-only while running, or taken by another
 * ClaimMark), with the sentence the analyst reads: what is kept, where, and what happens next.
 */
export const libraryStateSchema = z.strictObject({
  access: z.enum(['writable', 'read-only']),
  message: z.string().nullable(),
});
export type LibraryState = z.infer<typeof libraryStateSchema>;

export const apiContract = {
  listArticles: {
    input: z.strictObject({}),
    output: z.array(articleSummarySchema),
  },
  getArticle: {
    input: z.strictObject(articleRef),
    output: articleWithClaimsSchema,
  },
  /** Where the analyst left off: the article to show on start. */
  getSession: {
    input: z.strictObject({}),
    output: z.strictObject({
      lastArticleId: idSchema.nullable(),
      /** What ClaimMark repaired or restored in the library's files since it started. */
      notices: z.array(z.string()),
      library: libraryStateSchema,
    }),
  },
  /**
   * Articles whose latest changes could not be saved yet (they are kept in memory and retried),
   * whether the library takes changes, and what happened to the library's files since
   * getSession or the last getSaveStatus (a folder removed while ClaimMark runs, written
   * back), each told once.
   */
  getSaveStatus: {
    input: z.strictObject({}),
    output: z.strictObject({
      unsaved: z.array(z.strictObject({ articleId: idSchema, title: z.string(), reason: z.string() })),
      library: libraryStateSchema,
      notices: z.array(z.string()),
    }),
  },
  openArticle: {
    input: z.strictObject({
      file: articleFileSchema,
      /** What to do when the file is a changed version of a known article; without it, the host asks. */
      ifChangedVersion: z.enum(['ask', 'update', 'add-new']).default('ask'),
    }),
    output: openArticleOutcomeSchema,
  },
  /** Files the host was asked to open (command line, menu, a second launch), handed over once. */
  takePendingFiles: {
    input: z.strictObject({}),
    output: z.array(articleFileSchema),
  },
  deleteArticle: {
    input: z.strictObject(articleRef),
    output: z.strictObject({ deletedArticleId: idSchema }),
  },
  createClaim: {
    input: z.strictObject({
      ...articleRef,
      start: z.int(),
      end: z.int(),
      /** The text the analyst saw selected; the host refuses the claim if its text differs. */
      exact: z.string().max(100_000),
    }),
    output: claimSchema,
  },
  updateClaim: {
    input: z
      .strictObject({
        ...claimRef,
        status: claimStatusSchema.optional(),
        note: z.string().max(NOTE_MAX_LENGTH).optional(),
        claimant: z.string().max(500).nullable().optional(),
        claimReviewed: z.string().max(5000).nullable().optional(),
        claimantType: claimantTypeSchema.optional(),
        /** The claim's tags, all of them, in their order: the list replaces the one it had. */
        tags: tagsSchema.optional(),
      })
      .refine((input) => UPDATED_FIELDS.some((field) => input[field] !== undefined), {
        message: 'Nothing to update: give a status, a note, a claimant, its type, the claim as reviewed or tags.',
      }),
    output: claimSchema,
  },
  deleteClaim: {
    input: z.strictObject(claimRef),
    output: z.strictObject({ deletedClaimId: idSchema }),
  },
  /** Puts a deleted claim back as it was, with its id (undoing a deletion). */
  restoreClaim: {
    input: z.strictObject({ articleId: idSchema, claim: claimSchema }),
    output: claimSchema,
  },
  addEvidence: {
    input: z.strictObject({ ...claimRef, evidence: z.strictObject(evidenceFields) }),
    output: z.strictObject({ claim: claimSchema, evidence: evidenceSchema }),
  },
  updateEvidence: {
    input: z.strictObject({ ...claimRef, evidenceId: idSchema, evidence: z.strictObject(evidenceFields) }),
    output: claimSchema,
  },
  deleteEvidence: {
    input: z.strictObject({ ...claimRef, evidenceId: idSchema }),
    output: claimSchema,
  },
  /** Puts an orphaned (or any) claim on new text: a selection, or the orphan's best candidate. */
  reattachClaim: {
    input: z.strictObject({
      ...claimRef,
      target: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('selection'), start: z.int(), end: z.int(), exact: z.string().max(100_000) }),
        z.strictObject({ kind: z.literal('candidate') }),
      ]),
    }),
    output: claimSchema,
  },
  /**
   * Settles the review of a claim that moved onto other words: `status` is kept (the same as
   * now) or replaced; both quotes go into its history and it no longer needs review.
   */
  reviewClaim: {
    input: z.strictObject({ ...claimRef, status: claimStatusSchema }),
    output: claimSchema,
  },
  /** Opens an http(s) link from an article in the system browser (Electron only). */
  openExternal: {
    input: z.strictObject({ url: z.url({ protocol: /^https?$/ }) }),
    output: z.strictObject({ opened: z.boolean() }),
  },
  /** Writes (desktop) or hands back for download (browser host) one article's or the library's claims. */
  exportClaims: {
    input: exportRequestSchema,
    output: exportOutcomeSchema,
  },
  /**
   * Reads a ClaimMark, W3C, Hypothesis, doccano or Label Studio file into the library, all of
   * it or nothing; with `preview`, says what it would do and writes nothing.
   */
  importClaims: {
    input: importInputSchema,
    output: importSummarySchema,
  },
  /** Takes back an import of this session: what it added goes, what it replaced comes back. */
  undoImport: {
    input: importIdInputSchema,
    output: importUndoneSchema,
  },
  /** Makes an undone import again. */
  redoImport: {
    input: importIdInputSchema,
    output: importUndoneSchema,
  },
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type ApiInput<M extends ApiMethod> = z.input<(typeof apiContract)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof apiContract)[M]['output']>;

/** Everything the renderer may ask of its host. */
export type ClaimMarkApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };


/** What travels back instead of a thrown error, so the message survives IPC and HTTP. */
export const apiResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(API_ERROR_CODES), message: z.string() }),
  }),
]);
export type ApiResult = z.infer<typeof apiResultSchema>;

export { API_ERROR_CODES, ApiError, type ApiErrorCode } from './api-error';
