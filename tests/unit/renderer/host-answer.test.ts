// Which of the start's answers the window reads on its own thread: those the host declared
// short. A long article, or an answer of unknown length, goes to the API worker, so the window
// never stalls parsing it.

import { describe, expect, it } from 'vitest';
import { readAtStartHere } from '../../../renderer/src/host-answer';

const answerOf = (length: string | null) => new Response('{}', { headers: length === null ? {} : { 'content-length': length } });

describe('readAtStartHere', () => {
  it.each([
    { length: '136', here: true },
    { length: '825253', here: true },
    { length: '3801829', here: true },
    { length: '4194304', here: true },
    { length: '4194305', here: false },
    { length: '17000000', here: false },
    { length: null, here: false },
    { length: '12abc', here: false },
    { length: '', here: false },
  ])('declared length $length: read on the window’s thread: $here', ({ length, here }) => {
    expect(readAtStartHere(answerOf(length))).toBe(here);
  });
});
