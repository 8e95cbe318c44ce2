// What the labels of a foreign tool become: a label that names a status (status-names.ts:
// "False", "Verified", "misleading"…) sets the claim's status; every other label is kept as a
// tag. Each distinct label is listed with what it became, so the import says what it did.

import type { ClaimStatus } from '../statuses';
import { TAG_MAX_LENGTH, type LabelOutcome } from './import-bundle';
import { statusNamed } from './status-names';
import type { WarningLog } from './warning-log';

export interface MappedLabels {
  status: ClaimStatus;
  tags: string[];
}

export class LabelMapping {
  private readonly outcomes = new Map<string, LabelOutcome>();

  /** The status and tags of one claim from its labels, in the file's order; `where` names the claim in warnings. */
  map(labels: readonly string[], where: string, warnings: WarningLog): MappedLabels {
    const statuses: ClaimStatus[] = [];
    const tags: string[] = [];
    for (const raw of new Set(labels.map((label) => label.trim()).filter((label) => label !== ''))) {
      const label = raw.slice(0, TAG_MAX_LENGTH);
      const status = statusNamed(label);
      const outcome = this.outcomes.get(label) ?? { label, status, claims: 0 };
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
