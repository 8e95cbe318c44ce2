// The one contract between the renderer and whichever host serves it (Electron's main
// process over IPC, or the browser host over HTTP). Every method takes one input object
// and resolves to one output; both are described by schemas, so the receiving side of
// every call can check what it got. Nothing outside this file spells a channel name.

import { z } from 'zod';
import {
  NOTE_MAX_LENGTH,
  articleSummarySchema,
  articleWithClaimsSchema,
  claimSchema,
  claimStatusSchema,
  idSchema,
} from './model';
import type { ApiMethod } from './api-methods';

export const exportOutcomeSchema = z.discriminatedUnion('kind', [
  /** Written to disk by the host (Electron's save dialog). */
  z.strictObject({ kind: z.literal('saved'), path: z.string(), fileName: z.string() }),
  /** The analyst closed the save dialog. */
  z.strictObject({ kind: z.literal('cancelled') }),
  /** The renderer must offer the file as a download (browser host). */
  z.strictObject({
    kind: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    content: z.string(),
  }),
]);
export type ExportOutcome = z.infer<typeof exportOutcomeSchema>;

const articleRef = { articleId: idSchema };
const claimRef = { articleId: idSchema, claimId: idSchema };

export const apiContract = {
  listArticles: {
    input: z.strictObject({}),
    output: z.array(articleSummarySchema),
  },
  getArticle: {
    input: z.strictObject(articleRef),
    output: articleWithClaimsSchema,
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
      })
      .refine((input) => input.status !== undefined || input.note !== undefined, {
        message: 'Nothing to update: give a status or a note.',
      }),
    output: claimSchema,
  },
  deleteClaim: {
    input: z.strictObject(claimRef),
    output: z.strictObject({ deletedClaimId: idSchema }),
  },
  exportArticle: {
    input: z.strictObject(articleRef),
    output: exportOutcomeSchema,
  },
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

export type ApiInput<M extends ApiMethod> = z.input<(typeof apiContract)[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<(typeof apiContract)[M]['output']>;

/** Everything the renderer may ask of its host. */
export type ClaimMarkApi = { [M in ApiMethod]: (input: ApiInput<M>) => Promise<ApiOutput<M>> };

export const API_ERROR_CODES = ['invalid-input', 'not-found', 'storage', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What travels back instead of a thrown error, so the message survives IPC and HTTP. */
export const apiResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(API_ERROR_CODES), message: z.string() }),
  }),
]);
export type ApiResult = z.infer<typeof apiResultSchema>;

/** A failure whose message is meant for the analyst. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;

  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }
}
