// Times in Web Annotations from any tool, turned into what ClaimMark stores: UTC date-times
// written with "Z", and access days (YYYY-MM-DD).

import { asList, describeValue, ownProperty } from './json-value';
import type { WarningLog } from './warning-log';

export const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const ISO_ANY = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** The day a TimeState says the source was seen (ClaimMark writes the access day at 00:00 UTC). */
export function accessedOf(state: unknown): string | null {
  for (const candidate of asList(state)) {
    const when = ownProperty(candidate, 'sourceDate');
    if (typeof when === 'string' && ISO_ANY.test(when) && !Number.isNaN(Date.parse(when))) return when.slice(0, 10);
  }
  return null;
}

/**
 * A date-time as ClaimMark writes its own (UTC, "Z", milliseconds), so a claim from another
 * tool shows and exports its times as any other ("…10:00:00Z" becomes "…10:00:00.000Z"); other
 * time zones are converted, anything else is dropped. Times are still compared as times.
 */
export function timeOrNull(value: unknown, where: string, warnings: WarningLog): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && ISO_ANY.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
  warnings.add(`${where} is not a date and time (${describeValue(value)}); left out.`);
  return null;
}
