// Keyboard selection in the article's text: the sentence at an offset, the next sentence,
// and a selection's end moved a word forward or back. Pure functions over the canonical
// text (UTF-16 offsets, as everywhere); they look at most a few thousand characters around
// the offset, so a 20 MB article costs the same as a short one.

import type { TextSource } from '../../../shared/article/text-source';

export interface TextSpan {
  start: number;
  end: number;
}

/** A sentence longer than this is cut here: no selection runs on forever in text without full stops. */
const SENTENCE_MAX = 2000;
const ENDS_SENTENCE = /[.!?…。！？]/;
/** What may follow the full stop and still belong to the sentence: closing quotes and brackets. */
const CLOSES = /["'”’»)\]]/;
const SPACE = /\s/;

function isSpace(text: TextSource, at: number): boolean {
  return SPACE.test(text.charAt(at));
}

/** Where the sentence holding `offset` starts: after the last sentence end or line break before it. */
function sentenceStart(text: TextSource, offset: number): number {
  const floor = Math.max(0, offset - SENTENCE_MAX);
  let at = Math.min(offset, text.length);
  while (at > floor) {
    const before = text.charAt(at - 1);
    if (before === '\n') break;
    // "… end. Next": a full stop (and closing quotes) followed by a space ends the sentence before.
    if (SPACE.test(before)) {
      let back = at - 2;
      while (back >= floor && CLOSES.test(text.charAt(back))) back -= 1;
      if (back >= floor && ENDS_SENTENCE.test(text.charAt(back))) break;
    }
    at -= 1;
  }
  while (at < text.length && isSpace(text, at)) at += 1;
  return at;
}

/** Where the sentence starting at or before `from` ends: after its full stop and closing quotes, or at a line break. */
function sentenceEnd(text: TextSource, from: number): number {
  const ceiling = Math.min(text.length, from + SENTENCE_MAX);
  let at = from;
  while (at < ceiling) {
    const here = text.charAt(at);
    if (here === '\n') break;
    at += 1;
    if (ENDS_SENTENCE.test(here) && (at >= text.length || isSpace(text, at) || CLOSES.test(text.charAt(at)))) {
      while (at < ceiling && CLOSES.test(text.charAt(at))) at += 1;
      if (at >= text.length || isSpace(text, at)) break;
    }
  }
  // A sentence cut at a line break does not take the spaces before it.
  while (at > from && isSpace(text, at - 1)) at -= 1;
  return at;
}

/** The sentence holding `offset` (the next one when `offset` is in the space between two); null in empty text. */
export function sentenceAt(text: TextSource, offset: number): TextSpan | null {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at < text.length && isSpace(text, at)) at += 1;
  if (at >= text.length) return null;
  const start = sentenceStart(text, at);
  const end = sentenceEnd(text, start);
  return end > start ? { start, end } : null;
}

/** The sentence after `span`; null at the end of the text. */
export function nextSentence(text: TextSource, span: TextSpan): TextSpan | null {
  return sentenceAt(text, span.end);
}

/** `span` with its end one word further on (a word and the spaces before it). */
export function extendByWord(text: TextSource, span: TextSpan): TextSpan {
  let end = span.end;
  while (end < text.length && isSpace(text, end)) end += 1;
  while (end < text.length && !isSpace(text, end)) end += 1;
  return { start: span.start, end };
}

/** `span` without its last word; a one-word span stays as it is. */
export function trimByWord(text: TextSource, span: TextSpan): TextSpan {
  let end = span.end;
  while (end > span.start && isSpace(text, end - 1)) end -= 1;
  while (end > span.start && !isSpace(text, end - 1)) end -= 1;
  while (end > span.start && isSpace(text, end - 1)) end -= 1;
  return end > span.start ? { start: span.start, end } : span;
}
