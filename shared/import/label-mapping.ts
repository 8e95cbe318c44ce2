// What the labels of a foreign tool become: what the analyst chose for this file, else what
// they chose before for the same tool, else a label that names a status (status-names.ts:
// "False", "Verified", "misleading"…) sets the claim's status, and every other label is kept
// as a tag. Each distinct label is listed with what it became and who decided.

import type { ClaimStatus } from '../statuses';
import { TAG_MAX_LENGTH, type ImportKind, type LabelOutcome } from './import-bundle';
import { statusNamed } from './status-names';
import type { WarningLog } from './warning-log';

export interface MappedLabels {
  status: ClaimStatus;
  tags: string[];
}

/** A label's status (null: a tag), as the analyst chose it. */
export type LabelChoices = ReadonlyMap<string, ClaimStatus | null>;

/** The analyst's choices: for this file, and those remembered per tool from earlier imports. */
export interface LabelDecisions {
  chosen: LabelChoices;
  remembered: Partial<Readonly<Record<ImportKind, LabelChoices>>>;
}

export const NO_LABEL_DECISIONS: LabelDecisions = { chosen: new Map(), remembered: {} };

export class LabelMapping {
  private readonly outcomes = new Map<string, LabelOutcome>();
  private remembered: LabelChoices = new Map();

  constructor(private readonly decisions: LabelDecisions = NO_LABEL_DECISIONS) {}

  /** The tool whose file is read, for the choices remembered for it. */
  readingFrom(tool: ImportKind): void {
    this.remembered = this.decisions.remembered[tool] ?? new Map();
  }

  private decide(label: string): Pick<LabelOutcome, 'status' | 'by'> {
    const chosen = this.decisions.chosen.get(label);
    if (chosen !== undefined) return { status: chosen, by: 'chosen' };
    const remembered = this.remembered.get(label);
    if (remembered !== undefined) return { status: remembered, by: 'remembered' };
    return { status: statusNamed(label), by: 'name' };
  }

  /** The status and tags of one claim from its labels, in the file's order; `where` names the claim in warnings. */
  map(labels: readonly string[], where: string, warnings: WarningLog): MappedLabels {
    const statuses: ClaimStatus[] = [];
    const tags: string[] = [];
    for (const raw of new Set(labels.map((label) => label.trim()).filter((label) => label !== ''))) {
      const label = raw.slice(0, TAG_MAX_LENGTH);
      const outcome = this.outcomes.get(label) ?? { label, ...this.decide(label), claims: 0 };
      const { status } = outcome;
      outcome.claims += 1;
      this.outcomes.set(label, outcome);
      if (status === null) tags.push(label);
      else statuses.push(status);
    }
    const distinct = [...new Set(statuses)];
    if (distinct.length > 1) warnings.add(`${where}: has labels for several statuses (${distinct.join(', ')}); the first, ${distinct[0] ?? ''}, was used.`);
    return { status: distinct[0] ?? 'unverified', tags };
  }

  list(): LabelOutcome[] {
    return [...this.outcomes.values()].map((outcome) => ({ ...outcome }));
  }
}
