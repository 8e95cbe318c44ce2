// What each status looks like: its icon, its highlight colour and underline, and its name.

import { memo } from 'react';
import type { CSSProperties } from 'react';
import { CLAIM_STATUSES, STATUS_INFO } from '../../../shared/statuses';
import { StatusIcon } from './StatusIcon';

export const StatusLegend = memo(function StatusLegend() {
  return (
    <details className="status-legend">
      <summary>Status legend</summary>
      <ul>
        {CLAIM_STATUSES.map((status) => (
          <li key={status}>
            <StatusIcon status={status} />
            <span className={`legend-swatch underline-${STATUS_INFO[status].underline}`} style={{ '--claim-color': STATUS_INFO[status].color } as CSSProperties}>
              {STATUS_INFO[status].label}
            </span>
            {STATUS_INFO[status].checked && <span className="legend-checked">counts as checked</span>}
          </li>
        ))}
      </ul>
    </details>
  );
});
