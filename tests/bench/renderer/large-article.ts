// The long article of the 15 MB figures: a plain-text file as a debate transcript saved as
// text looks (a title line, then paragraphs of ordinary sentences between blank lines), the
// same bytes in every run.

import { seededRandom, VOCABULARY } from './bench-library';

export const LARGE_ARTICLE_TITLE = 'Transcript of the long budget debate, all sessions';

/** Commas and connectives, so the sentences read as prose rather than a word list. */
const JOINERS = ['and', 'but', 'because', 'although', 'so', 'while'];

/** One sentence of `words` words: capitalised, with a comma before a joiner now and then, ending in a full stop. */
function sentence(random: () => number, words: number): string {
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? 'the';
  const parts = Array.from({ length: words }, (_, index) => (index > 2 && index < words - 2 && random() < 0.08 ? `, ${pick(JOINERS)} ${pick(VOCABULARY)}` : ` ${pick(VOCABULARY)}`));
  const text = parts.join('').trimStart();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Paragraphs of 3–7 sentences of 8–24 words until the text holds at least `minimumBytes` bytes (it is ASCII). */
export function largeArticleText(minimumBytes: number): string {
  const random = seededRandom(15);
  const pieces = [LARGE_ARTICLE_TITLE];
  let size = LARGE_ARTICLE_TITLE.length;
  while (size < minimumBytes) {
    const sentences = 3 + Math.floor(random() * 5);
    const paragraph = Array.from({ length: sentences }, () => sentence(random, 8 + Math.floor(random() * 17))).join(' ');
    pieces.push(paragraph);
    size += paragraph.length + 2;
  }
  return `${pieces.join('\n\n')}\n`;
}
