// Makes a selection in the article from the keyboard: the sentence at the reading position,
// the next sentence, a word more or less. The selection is the page's own, so it shows as any
// selection does, and "Add claim" (Ctrl+Enter) adds it as it adds one made with the mouse.

import type { TextSource } from '../../../shared/article/text-source';
import { selectionToRange } from './selection-offsets';
import { extendByWord, nextSentence, sentenceAt, trimByWord, type TextSpan } from './sentence-range';
import { rangeFor, type TextIndex } from './text-index';

export type SelectionCommand = 'select-sentence' | 'extend-selection' | 'trim-selection';

/** Where reading has got to: the first block whose text shows at the top of the article view. */
export function firstShownOffset(root: HTMLElement): number {
  const top = root.getBoundingClientRect().top;
  for (const block of root.querySelectorAll<HTMLElement>('[data-block-start]')) {
    if (block.getBoundingClientRect().bottom > top) return Number(block.dataset.blockStart);
  }
  return 0;
}

/** What the command selects, from the selection there is (or the reading position); null when there is nothing to select. */
export function spanFor(command: SelectionCommand, text: TextSource, current: TextSpan | null, readingAt: number): TextSpan | null {
  if (command === 'select-sentence') {
    if (current === null) return sentenceAt(text, readingAt);
    const here = sentenceAt(text, current.start);
    // Pressed again on a whole sentence: the next one.
    return here !== null && here.start === current.start && here.end === current.end ? nextSentence(text, here) : here;
  }
  if (current === null) return null;
  return command === 'extend-selection' ? extendByWord(text, current) : trimByWord(text, current);
}

/** Carries out the command in the page; resolves to whether there is a selection now. */
export function selectByKeyboard(root: HTMLElement, index: TextIndex, text: TextSource, command: SelectionCommand, readingAt: number): boolean {
  const selection = document.getSelection();
  const span = spanFor(command, text, selectionToRange(root, selection, text), readingAt);
  if (span === null || selection === null) return false;
  const range = rangeFor(index, span.start, span.end);
  if (range === null) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  const shown = root.getBoundingClientRect();
  const where = range.getBoundingClientRect();
  if (where.top < shown.top || where.bottom > shown.bottom) root.scrollBy({ top: where.top - shown.top - shown.height / 3 });
  return true;
}
