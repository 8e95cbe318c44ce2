// Text kept in pieces reads as the same string would: slices inside a piece, across one or
// more pieces, clipped at the ends, and single characters.

import { describe, expect, it } from 'vitest';
import { PieceText } from '../../../../shared/article/text-source';

// "The river rose overnight." in pieces of 4 characters.
const text = new PieceText(['The ', 'rive', 'r ro', 'se o', 'vern', 'ight', '.'], 4);

describe('PieceText', () => {
  it('is as long as its pieces together', () => {
    expect(text.length).toBe(25);
  });

  it('slices inside one piece, across pieces and over the whole text', () => {
    expect(text.slice(4, 8)).toBe('rive');
    expect(text.slice(5, 7)).toBe('iv');
    expect(text.slice(2, 11)).toBe('e river r');
    expect(text.slice(4, 24)).toBe('river rose overnight');
    expect(text.slice(0, 25)).toBe('The river rose overnight.');
  });

  it('clips a slice to the text, as a string does', () => {
    expect(text.slice(20, 40)).toBe('ight.');
    expect(text.slice(-3, 3)).toBe('The');
    expect(text.slice(30, 40)).toBe('');
    expect(text.slice(9, 4)).toBe('');
  });

  it('reads one character, or none past the end', () => {
    expect(text.charAt(0)).toBe('T');
    expect(text.charAt(11)).toBe('o');
    expect(text.charAt(24)).toBe('.');
    expect(text.charAt(25)).toBe('');
  });
});
