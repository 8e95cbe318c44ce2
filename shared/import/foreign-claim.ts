// What the readers of other tools' files (Hypothesis, doccano, Label Studio) share: the
// claim built from a quote or position, labels, note and times, checked like every imported
// claim; and the count of what a file holds that is not a claim, said once per reason.

import { NOTE_MAX_LENGTH, type TextPositionSelector, type TextQuoteSelector } from '../model';
import { describeIssue } from './describe-issue';
import { checkClaim, type ImportedClaim } from './import-bundle';
import { ImportError } from './import-error';
import type { LabelMapping } from './label-mapping';
import { timeOrNull } from './web-annotation-time';
import type { WarningLog } from './warning-log';

export interface ReadContext {
  warnings: WarningLog;
  labels: LabelMapping;
  skipped: SkippedItems;
  maxClaims: number;
}

/** Items of a file that are not claims on the text (page notes, replies, image regions…), counted per reason. */
export class SkippedItems {
  private readonly counts = new Map<string, number>();

  add(reason: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
  }

  total(): number {
    return [...this.counts.values()].reduce((sum, count) => sum + count, 0);
  }

  /** One warning per reason, e.g. "Skipped 2 annotations: page notes, with no text selected." */
  report(warnings: WarningLog): void {
    for (const [reason, count] of this.counts) warnings.add(`Skipped ${count} ${count === 1 ? 'annotation' : 'annotations'}: ${reason}.`);
  }
}

export interface ForeignClaimParts {
  id: string;
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  labels: readonly string[];
  note: string;
  created: unknown;
  modified: unknown;
  /** Null when the file gave the claim no id of its own (`id` is made up); absent, the claim is the tool's under `id`. */
  origin?: null;
}

export function foreignClaim(parts: ForeignClaimParts, where: string, context: ReadContext): ImportedClaim {
  const { warnings } = context;
  const { status, tags } = context.labels.map(parts.labels, where, warnings);
  let note = parts.note;
  if (note.length > NOTE_MAX_LENGTH) {
    warnings.add(`${where}: the note was cut to ${NOTE_MAX_LENGTH} characters.`);
    note = note.slice(0, NOTE_MAX_LENGTH);
  }
  const claim: ImportedClaim = {
    id: parts.id,
    quote: parts.quote,
    position: parts.position,
    status,
    note,
    claimant: null,
    claimantType: null,
    claimReviewed: null,
    evidence: [],
    history: [],
    review: null,
    anchor: null,
    created: timeOrNull(parts.created, `${where}: created`, warnings),
    modified: timeOrNull(parts.modified, `${where}: modified`, warnings),
    tags,
    ...(parts.origin === null ? { origin: null } : {}),
  };
  const checked = checkClaim(claim);
  if ('issue' in checked) throw new ImportError(`${where}: ${describeIssue(checked.issue)}`);
  return checked.claim;
}

/** Refuses a file with more claims than one import takes. */
export function checkClaimCount(count: number, maxClaims: number): void {
  if (count > maxClaims) throw new ImportError(`The file holds ${count} annotations; ClaimMark imports at most ${maxClaims} at a time.`);
}
