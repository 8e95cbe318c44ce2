// What a claim's tag may be and when two tags are one, free of the schemas, so the window
// can check a tag as it is typed without building any (model.ts's tag schemas use the same).

export const TAG_MAX_LENGTH = 100;
export const TAGS_MAX = 50;

/** No spaces at its ends and no line breaks or other control characters (CSV cells list one a line). */
export const TAG_PATTERN = /^[^\s\p{Cc}](?:[^\p{Cc}]*[^\s\p{Cc}])?$/u;

/** The form two tags are compared in: "Economy" and "economy" are one tag. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}
