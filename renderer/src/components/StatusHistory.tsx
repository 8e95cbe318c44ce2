// Every status change of a claim, newest first.

import type { StatusChange } from '../../../shared/model';
import { statusChangeText } from '../../../shared/claims/status-change-text';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  if (history.length === 0) return null;
  return (
    <details className="status-history">
      <summary>History ({history.length})</summary>
      <ol aria-label="History entries">
        {[...history].reverse().map((change) => (
          <li key={`${change.at}-${change.to}`}>
            {statusChangeText(change)}{' '}
            <time dateTime={change.at}>{timeFormat.format(new Date(change.at))}</time>
          </li>
        ))}
      </ol>
    </details>
  );
}
