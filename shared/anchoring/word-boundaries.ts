// Widens a range of the text to whole words, so a candidate shown to the analyst never starts
// or ends inside a word ("an Iskander-M balli" becomes "an Iskander-M ballistic").

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

function isWordAt(text: string, index: number): boolean {
  const character = text[index];
  return character !== undefined && WORD_CHARACTER.test(character);
}

/** [start, end) grown outwards to the edges of the words it cuts; a range of whole words stays as it is. */
export function toWordBoundaries(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && isWordAt(text, from - 1) && isWordAt(text, from)) from -= 1;
  while (to < text.length && to > from && isWordAt(text, to - 1) && isWordAt(text, to)) to += 1;
  return { start: from, end: to };
}
