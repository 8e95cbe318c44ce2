// What the analyst can ask to export: the formats, their names in the dialog, and the
// request's schema. Apart from the exporters themselves, so the renderer (which shows the
// dialog) does not carry every exporter and its libraries.

import { z } from 'zod';
import { EXPORT_FORMATS } from './export-formats';
import { reviewPageProblem } from './review-page';

export { EXPORT_FORMATS, EXPORT_FORMAT_LABELS, type ExportFormat } from './export-formats';

/** What the analyst asked for in the export dialog. */
export const exportRequestSchema = z.strictObject({
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('article'), articleId: z.string().min(1).max(100) }),
    z.strictObject({ kind: z.literal('library') }),
  ]),
  format: z.enum(EXPORT_FORMATS),
  /** The organisation publishing ClaimReviews (required for that format). */
  publisher: z
    .strictObject({
      name: z.string().trim().min(1, 'Give the name of the organisation publishing the reviews.').max(300),
      url: z.url({ protocol: /^https?$/ }).optional(),
      /** One page, or a pattern with {article} or {claim} (review-page.ts). */
      reviewPageUrl: z
        .string()
        .trim()
        .max(4000)
        .superRefine((page, context) => {
          const problem = reviewPageProblem(page);
          if (problem !== null) context.addIssue({ code: 'custom', message: problem });
        })
        .optional(),
    })
    .optional(),
  /** Who made the annotations (the W3C formats' `creator`), when the analyst gives a name. */
  annotator: z.strictObject({ name: z.string().trim().min(1).max(300) }).optional(),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;
