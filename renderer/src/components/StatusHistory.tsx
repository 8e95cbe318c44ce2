// Every status change of a claim, newest first.

import { memo } from 'react';
import type { StatusChange } from '../../../shared/model';
import { statusChangeText } from '../../../shared/claims/status-change-text';
import { formattedDateTime } from '../date-formats';

export const StatusHistory = memo(function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  if (history.length === 0) return null;
  return (
    <details className="status-history">
      <summary>History ({history.length})</summary>
      <ol aria-label="History entries">
        {[...history].reverse().map((change) => (
          <li key={`${change.at}-${change.to}`}>
            {statusChangeText(change)}{' '}
            <time dateTime={change.at}>{formattedDateTime(change.at)}</time>
          </li>
        ))}
      </ol>
    </details>
  );
});
