// NFC normalisation of a block's text with offsets into the text before it: composing
// "e" + U+0301 into "é" shortens the text, and every link or mark boundary after it moves.
// The text is read once however many boundaries it has, so a hostile block of a million
// marks costs no more than its length.

import { UNMETERED, type WorkMeter } from './work-meter';

/**
 * Below U+0300 every character starts afresh: none combines with what is before it, so the
 * normalised text is the normalised parts between such characters, one after the other.
 */
const FIRST_COMBINING = 0x300;

/** A part longer than this that normalisation changes gets its inner boundaries clamped, not measured. */
const MEASURED_PART = 64;

export interface NormalizedText {
  normalized: string;
  /** Where a boundary of the text before (one of those given) is in the normalised text. */
  offset: (at: number) => number;
}

/** `meter` is told of each character read or normalised, for tests. */
export function nfcWithOffsets(text: string, boundaries: readonly number[], meter: WorkMeter = UNMETERED): NormalizedText {
  const normalized = text.normalize('NFC');
  meter(text.length);
  if (normalized === text) return { normalized, offset: (at) => at };
  const measure = (from: number, to: number): number => {
    meter(to - from);
    return text.slice(from, to).normalize('NFC').length;
  };
  const moved = new Map<number, number>();
  // `safe`: the last fresh start seen up to `scanned`; `done` and `doneLength`: the text
  // up to a fresh start, and its length once normalised.
  let scanned = 0;
  let safe = 0;
  let done = 0;
  let doneLength = 0;
  let part: { start: number; end: number; changed: boolean; length: number } | null = null;
  for (const at of [...new Set(boundaries)].sort((a, b) => a - b)) {
    const from = scanned;
    for (; scanned <= at && scanned < text.length; scanned += 1) {
      if (text.charCodeAt(scanned) < FIRST_COMBINING) safe = scanned;
    }
    meter(1 + scanned - from);
    if (at >= text.length) {
      moved.set(at, normalized.length - (text.length - at));
      continue;
    }
    if (safe > done) {
      doneLength += measure(done, safe);
      done = safe;
    }
    if (part?.start !== done) {
      part = partFrom(text, done);
      meter(2 * (part.end - part.start));
    }
    const inner = at - done;
    let length = inner;
    if (part.changed) {
      length = part.end - part.start <= MEASURED_PART ? measure(done, at) : Math.min(inner, part.length);
    }
    moved.set(at, doneLength + length);
  }
  return { normalized, offset: (at) => moved.get(at) ?? Math.min(at, normalized.length) };
}

/** The part of the text from a fresh start at `start` to the next one. */
function partFrom(text: string, start: number): { start: number; end: number; changed: boolean; length: number } {
  let end = start + 1;
  while (end < text.length && text.charCodeAt(end) >= FIRST_COMBINING) end += 1;
  const raw = text.slice(start, end);
  const composed = raw.normalize('NFC');
  return { start, end, changed: composed !== raw, length: composed.length };
}
