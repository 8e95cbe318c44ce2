// Which status a word from another tool means: a status's id ("in-progress"), label
// ("In progress"), rating text ("True", "Under review") or Meedan-Check-style id
// ("in_progress", "undetermined"), ignoring case, spaces, hyphens and underscores.

import { CLAIM_STATUSES, STATUS_INFO, type ClaimStatus } from '../statuses';

function normalise(word: string): string {
  return word.trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

const STATUS_BY_NAME: ReadonlyMap<string, ClaimStatus> = new Map(
  CLAIM_STATUSES.flatMap((status) => {
    const info = STATUS_INFO[status];
    return [status, info.label, info.ratingText, info.checkId].map((name) => [normalise(name), status] as const);
  }),
);

export function statusNamed(word: string): ClaimStatus | null {
  return STATUS_BY_NAME.get(normalise(word)) ?? null;
}
