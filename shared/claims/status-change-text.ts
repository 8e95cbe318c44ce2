// A status change in words, for the history on the card and in the report: "False → Verified",
// or for a review of moved words "False kept on “…23…” (reviewed on “…28…”)".

import type { StatusChange } from '../model';
import { STATUS_INFO } from '../statuses';

/** `quoted` prepares a quote for where the text goes (the report escapes Markdown). */
export function statusChangeText(change: StatusChange, quoted: (text: string) => string = (text) => text): string {
  const from = STATUS_INFO[change.from].label;
  const to = STATUS_INFO[change.to].label;
  if (change.quotes === undefined) return `${from} → ${to}`;
  const { reviewed, current } = change.quotes;
  const what = change.from === change.to ? `${to} kept` : `${from} → ${to}`;
  return `${what} on “${quoted(current)}” (reviewed on “${quoted(reviewed)}”)`;
}
