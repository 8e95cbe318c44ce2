// The window's date formats, in the analyst's locale. The first format made loads the
// locale's calendar data (about 10 ms here, more on a busy machine), so the start makes them
// while the window's main script is still on its way (main.tsx) rather than in the first
// render of the library, which the article's waits behind.

let dateFormat: Intl.DateTimeFormat | null = null;
let dateTimeFormat: Intl.DateTimeFormat | null = null;

/** "3 Dec 2026" or as the locale writes it. */
export const formattedDate = (at: string): string => (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })).format(new Date(at));

/** The date and the time of day, as the locale writes them. */
export const formattedDateTime = (at: string): string =>
  (dateTimeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(new Date(at));

/** Makes both formats now, if they are not made yet. */
export function prepareDateFormats(): void {
  const now = new Date().toISOString();
  formattedDate(now);
  formattedDateTime(now);
}
