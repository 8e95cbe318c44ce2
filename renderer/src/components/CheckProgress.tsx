// How far the check of the open article has got: "5 of 8 checked", and a thin bar with one
// segment per status (drawn in its colour, in the order of the status menu).

import type { CSSProperties } from 'react';
import type { Claim } from '../../../shared/model';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/statuses';
import { openArticleCounts } from '../state/live-counts';

export function checkedText(checked: number, total: number): string {
  return `${checked} of ${total} checked`;
}

export function CheckProgress({ claims }: { claims: readonly Claim[] }) {
  const counts = openArticleCounts(claims);
  const present = CLAIM_STATUSES.filter((status) => counts.statusCounts[status] > 0);
  const spelled = present.map((status) => `${counts.statusCounts[status]} ${STATUS_INFO[status].label.toLowerCase()}`).join(', ');
  return (
    <span className="check-progress">
      <span className="claim-counts" aria-label="Claim counts">
        {checkedText(counts.checkedCount, counts.claimCount)}
      </span>
      <span className="status-bar" role="img" aria-label={present.length === 0 ? 'No claims yet' : `By status: ${spelled}`}>
        {present.map((status) => (
          <span
            key={status}
            className="status-bar-segment"
            style={{ '--claim-color': STATUS_INFO[status].color, flexGrow: counts.statusCounts[status] } as CSSProperties}
          />
        ))}
      </span>
    </span>
  );
}
