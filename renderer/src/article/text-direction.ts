// The direction of the article and of each of its blocks, from the first strongly
// directional character, as a browser's dir="auto" works it out. The window works it out
// itself: with dir="auto" (or any dir attribute) on every block, Chromium works the
// direction out again as each block goes into the page, which on a 15 MB article of 25,000
// blocks cost about a second of every opening. The article's element gets its direction as
// dir; a block gets a class (is-ltr, is-rtl) only when its own differs.

import type { Article } from '../../../shared/model';
import { textOf } from './article-text';

/** Letters of the scripts written right to left (the Unicode bidirectional classes R and AL). */
const RIGHT_TO_LEFT_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Mende_Kikakui}\p{Script=Yezidi}\p{Script=Imperial_Aramaic}\p{Script=Phoenician}\p{Script=Old_South_Arabian}\p{Script=Old_North_Arabian}\p{Script=Avestan}\p{Script=Nabataean}\p{Script=Palmyrene}\p{Script=Hatran}\p{Script=Manichaean}\p{Script=Psalter_Pahlavi}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Kharoshthi}\p{Script=Lydian}\p{Script=Cypriot}\p{Script=Old_Hungarian}\p{Script=Old_Sogdian}\p{Script=Sogdian}\p{Script=Elymaic}\p{Script=Chorasmian}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Old_Uyghur}]/u;

/** The first letter, or a left-to-right or right-to-left (or Arabic letter) mark. */
const FIRST_STRONG = /[\p{L}\u200E\u200F\u061C]/u;

/** 'rtl' or 'ltr' from the first strongly directional character of `text`; null if it has none (the block takes the article's). */
export function textDirection(text: string): 'ltr' | 'rtl' | null {
  // Most text starts in ASCII: its letters are left to right and its other characters weak,
  // decided without the Unicode-wide expressions (whose first use costs the window ~15 ms).
  let at = 0;
  for (; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'ltr';
    if (code >= 0x80) break;
  }
  if (at === text.length) return null;
  const first = FIRST_STRONG.exec(at === 0 ? text : text.slice(at))?.[0];
  if (first === undefined) return null;
  if (first === '\u200E') return 'ltr';
  if (first === '\u200F' || first === '\u061C') return 'rtl';
  return RIGHT_TO_LEFT_LETTER.test(first) ? 'rtl' : 'ltr';
}

/** The article's own direction (from its page), else that of its first block with a letter, else left to right. */
export function articleDirection(article: Article): 'ltr' | 'rtl' {
  if (article.dir !== null) return article.dir;
  const text = textOf(article);
  for (const block of article.blocks) {
    const direction = textDirection(text.slice(block.start, block.end));
    if (direction !== null) return direction;
  }
  return 'ltr';
}
