// Tags read from another tool's file, made into tags a claim can hold: spaces and line breaks
// inside one become single spaces, the same tag in another case is kept once, and a tag too
// long, or past the most a claim holds, is left out with a warning.

import { TAG_MAX_LENGTH, TAGS_MAX, tagKey } from '../model';
import type { WarningLog } from './warning-log';

export function importedTags(values: readonly string[], where: string, warnings: WarningLog): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const value of values) {
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    const tag = value.replace(/[\s\u0000-\u001f\u007f-\u009f]+/gu, ' ').trim();
    if (tag === '' || seen.has(tagKey(tag))) continue;
    if (tag.length > TAG_MAX_LENGTH) {
      warnings.add(`${where}: the tag "${tag.slice(0, 40)}…" is longer than ${TAG_MAX_LENGTH} characters; left out.`);
      continue;
    }
    if (tags.length === TAGS_MAX) {
      warnings.add(`${where}: has more than ${TAGS_MAX} tags; the first ${TAGS_MAX} were kept.`);
      break;
    }
    seen.add(tagKey(tag));
    tags.push(tag);
  }
  return tags;
}
