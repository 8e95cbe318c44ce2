// The import's answers in the API contract: what an import did or, previewed, would do,
// article by article and label by label, and what undoing one did.

import { z } from 'zod';
import { IMPORT_KINDS } from './import/import-kinds';
import { claimStatusSchema, idSchema } from './model';

const countSchema = z.int().nonnegative();

/** What the import does (or, previewed, would do) to one article of the file. */
export const importArticleSchema = z.strictObject({
  /** The article's place in the file, from 1. */
  fileArticle: z.int().positive(),
  /** How the file names it (address, title), for the analyst. */
  named: z.string(),
  /** The library article it goes to; null when none matches and none was chosen. */
  articleId: idSchema.nullable(),
  title: z.string().nullable(),
  /** Matched how: by address, text, title, the analyst's choice, the open article, or a new article from the file's text. */
  matchedBy: z.enum(['address', 'text', 'title', 'chosen', 'open-article', 'new', 'none']),
  added: countSchema,
  updated: countSchema,
  /** Not newer than the library's claim with the same id. */
  skippedOlder: countSchema,
  /** A claim whose file id ClaimMark cannot keep (an address, say) with the same words at the same place as one the article has. */
  skippedDuplicate: countSchema,
  /** In no library article. */
  skippedUnmatched: countSchema,
  orphaned: countSchema,
});

export const importSummarySchema = z.strictObject({
  /** The tool whose file it is; label choices are remembered per tool. */
  tool: z.enum(IMPORT_KINDS),
  /** False for a preview: nothing was written. */
  applied: z.boolean(),
  /** Names the applied import for undoImport; null for a preview or an import that changed nothing. */
  importId: idSchema.nullable(),
  added: countSchema,
  updated: countSchema,
  skipped: countSchema,
  orphaned: countSchema,
  /** Claims given a new id because another article, or an earlier claim of the file, had theirs. */
  renewedIds: countSchema,
  articles: z.array(z.string()),
  perArticle: z.array(importArticleSchema),
  /** Each label or tag of another tool's file and what it became: the status it set, or (null) a tag, and who decided. */
  labels: z.array(
    z.strictObject({ label: z.string(), status: claimStatusSchema.nullable(), claims: countSchema, by: z.enum(['name', 'remembered', 'chosen']) }),
  ),
  /** The article to show afterwards. */
  firstArticleId: idSchema.nullable(),
  warnings: z.array(z.string()),
});
export type ImportSummaryOutput = z.infer<typeof importSummarySchema>;

export const importIdInputSchema = z.strictObject({ importId: idSchema });

export const importUndoneSchema = z.strictObject({
  /** Articles whose claims changed, for the window to show them again. */
  articleIds: z.array(idSchema),
  /** Claims the analyst changed after the import wrote them, left as the analyst left them. */
  kept: countSchema,
});
