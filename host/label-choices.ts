// What the analyst chose a foreign tool's labels to become (a status, or a tag), remembered
// per tool in <dataDir>/label-choices.json, so the next file from that tool reads the same
// way. Advice, not data: a damaged or unreadable file means no remembered choices.

import { join } from 'node:path';
import { z } from 'zod';
import { IMPORT_KINDS, type ImportKind } from '../shared/import/import-bundle';
import type { LabelChoices } from '../shared/import/label-mapping';
import { claimStatusSchema, type ClaimStatus } from '../shared/model';
import { DurableJsonFile, nodeFileSystem } from './library/durable-json-file';

const choicesSchema = z.record(z.string(), claimStatusSchema.nullable());

const fileSchema = z.strictObject({
  format: z.literal('claimmark-label-choices'),
  version: z.literal(1),
  tools: z.partialRecord(z.enum(IMPORT_KINDS), choicesSchema),
});
type LabelChoicesFile = z.infer<typeof fileSchema>;

export const LABEL_CHOICES_NAME = 'label-choices.json';

export type RememberedChoices = Partial<Record<ImportKind, LabelChoices>>;

export class RememberedLabels {
  private readonly file: DurableJsonFile<LabelChoicesFile>;

  constructor(dataDir: string) {
    this.file = new DurableJsonFile<LabelChoicesFile>(join(dataDir, LABEL_CHOICES_NAME), nodeFileSystem);
  }

  async read(): Promise<RememberedChoices> {
    const stored = await this.stored();
    const remembered: RememberedChoices = {};
    for (const tool of IMPORT_KINDS) {
      const choices = stored.tools[tool];
      if (choices !== undefined) remembered[tool] = new Map(Object.entries(choices));
    }
    return remembered;
  }

  /** Adds the analyst's choices for `tool` to those remembered; a label chosen again takes the new choice. */
  async remember(tool: ImportKind, chosen: ReadonlyMap<string, ClaimStatus | null>): Promise<void> {
    if (chosen.size === 0) return;
    const stored = await this.stored();
    const next: Record<string, ClaimStatus | null> = { ...(stored.tools[tool] ?? {}) };
    for (const [label, status] of chosen) next[label] = status;
    await this.file.write({ ...stored, tools: { ...stored.tools, [tool]: next } });
  }

  private async stored(): Promise<LabelChoicesFile> {
    const empty: LabelChoicesFile = { format: 'claimmark-label-choices', version: 1, tools: {} };
    try {
      const parsed = fileSchema.safeParse(await this.file.read());
      return parsed.success ? parsed.data : empty;
    } catch {
      return empty;
    }
  }
}
