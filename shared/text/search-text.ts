// How a search matches text the analyst typed: case, accents and compatibility forms do not
// count, so "cafe" finds "Café" and "ﬁnal" finds "final". The library search and the claim
// filter match the same way.

/** `text` as searches compare it. */
export function searchForm(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether any of `fields` holds `query` (already in search form; blank matches everything). */
export function anyFieldMatches(fields: readonly (string | null | undefined)[], query: string): boolean {
  if (query === '') return true;
  return fields.some((field) => field !== null && field !== undefined && searchForm(field).includes(query));
}
