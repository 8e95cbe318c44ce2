// The words two quotes of a claim share and those that differ (a word diff, jsdiff's
// diffWords), so the claim card can show what changed under a verdict.

import { diffWords } from 'diff';

export interface QuotePart {
  text: string;
  /** In both quotes, only in the reviewed one, or only in the current one. */
  kind: 'same' | 'removed' | 'added';
}

/** The reviewed quote turned into the current one, part by part in reading order. */
export function quoteDiff(reviewed: string, current: string): QuotePart[] {
  return diffWords(reviewed, current).map((change) => ({
    text: change.value,
    kind: change.removed ? 'removed' : change.added ? 'added' : 'same',
  }));
}
