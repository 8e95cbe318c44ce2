// Every status change of a claim, newest first.

import type { StatusChange } from '../../../shared/model';
import { statusChangeText } from '../../../shared/claims/status-change-text';

// Made when first needed: the window's first date format loads the locale's calendar data,
// about 50 ms that the start would otherwise wait for.
let timeFormat: Intl.DateTimeFormat | null = null;
const formattedTime = (at: string): string => (timeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(at));

export function StatusHistory({ history }: { history: readonly StatusChange[] }) {
  if (history.length === 0) return null;
  return (
    <details className="status-history">
      <summary>History ({history.length})</summary>
      <ol aria-label="History entries">
        {[...history].reverse().map((change) => (
          <li key={`${change.at}-${change.to}`}>
            {statusChangeText(change)}{' '}
            <time dateTime={change.at}>{formattedTime(change.at)}</time>
          </li>
        ))}
      </ol>
    </details>
  );
}
