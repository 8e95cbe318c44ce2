// What an export answers in the API contract (shared/api.ts): where the file went.

import { z } from 'zod';

/** What the file leaves out on purpose and why, for the analyst (e.g. claims that need review in ClaimReview). */
const exportRemarksSchema = z.array(z.string());

export const exportOutcomeSchema = z.discriminatedUnion('kind', [
  /** Written to disk by the host (Electron's save dialog). */
  z.strictObject({ kind: z.literal('saved'), path: z.string(), fileName: z.string(), remarks: exportRemarksSchema }),
  /** The analyst closed the save dialog. */
  z.strictObject({ kind: z.literal('cancelled') }),
  /**
   * Written by the browser host, which offers it once at `url`: a path on the host itself
   * (never another origin) with the host's token, for the renderer to download.
   */
  z.strictObject({
    kind: z.literal('download'),
    fileName: z.string(),
    remarks: exportRemarksSchema,
    mimeType: z.string(),
    url: z.string().regex(/^\/download\/[0-9a-f]+\?token=[0-9a-f]+$/, 'a download path on the host itself'),
  }),
]);
export type ExportOutcome = z.infer<typeof exportOutcomeSchema>;
