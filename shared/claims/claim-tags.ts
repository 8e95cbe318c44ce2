// A claim's tags as the analyst edits them: a tag typed in is added once, in the order given,
// or refused with the reason; a tag removed goes and the others keep their order.

import { TAG_MAX_LENGTH, TAG_PATTERN, TAGS_MAX, tagKey } from '../tag-rules';

export type TagAddition = { kind: 'added'; tags: string[] } | { kind: 'refused'; reason: string };

/** `tags` with `typed` (trimmed) at the end, or why it cannot be added. */
export function addTag(tags: readonly string[], typed: string): TagAddition {
  const tag = typed.trim();
  if (tag === '') return { kind: 'refused', reason: 'Type a tag first.' };
  if (tag.length > TAG_MAX_LENGTH) return { kind: 'refused', reason: `A tag has at most ${TAG_MAX_LENGTH} characters (this one has ${tag.length}).` };
  if (!TAG_PATTERN.test(tag)) return { kind: 'refused', reason: 'A tag cannot hold line breaks.' };
  const same = tags.find((other) => tagKey(other) === tagKey(tag));
  if (same !== undefined) return { kind: 'refused', reason: `The claim is already tagged “${same}”.` };
  if (tags.length >= TAGS_MAX) return { kind: 'refused', reason: `A claim has at most ${TAGS_MAX} tags.` };
  return { kind: 'added', tags: [...tags, tag] };
}

/** `tags` without `tag`. */
export function removeTag(tags: readonly string[], tag: string): string[] {
  return tags.filter((other) => other !== tag);
}

/** Whether the claim has `tag`, whatever its case. */
export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = tagKey(tag);
  return tags.some((other) => tagKey(other) === key);
}

/** Every tag of `claims`, each once (in the spelling first met), sorted for a list to choose from. */
export function tagsIn(claims: readonly { tags: readonly string[] }[]): string[] {
  const byKey = new Map<string, string>();
  for (const claim of claims) for (const tag of claim.tags) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}
