// An error crossing from the article worker to the host: after a structured clone, as the
// thread boundary makes one, the host rebuilds what the analyst would have read.

import { describe, expect, it } from 'vitest';
import { carryError, rebuiltError } from '../../../../host/article-loading/article-worker-protocol';
import { ApiError } from '../../../../shared/api-error';

const acrossThreads = (error: unknown): Error => rebuiltError(structuredClone(carryError(error)));

describe('carryError and rebuiltError', () => {
  it.each([
    ['invalid-input', 'notes.pdf: only .txt, .md, .markdown, .html, .htm articles can be opened (this is a ".pdf" file).'],
    ['not-found', 'No article with id "a-1" in the library.'],
    ['storage', 'The disk is full.'],
    ['internal', 'Something unexpected.'],
  ] as const)('keep an ApiError an ApiError, with its code (%s) and message', (code, message) => {
    const rebuilt = acrossThreads(new ApiError(code, message));
    expect(rebuilt).toBeInstanceOf(ApiError);
    expect(rebuilt).toMatchObject({ name: 'ApiError', code, message });
  });

  it('keep another error’s name, message and stack, as a plain Error', () => {
    const thrown = new TypeError('text.split is not a function');
    const rebuilt = acrossThreads(thrown);
    expect(rebuilt).not.toBeInstanceOf(ApiError);
    expect(rebuilt).toMatchObject({ name: 'TypeError', message: 'text.split is not a function', stack: thrown.stack });
  });

  it('turn a thrown value that is not an error into an Error saying what it was', () => {
    expect(acrossThreads('out of cheese')).toMatchObject({ name: 'Error', message: 'out of cheese' });
  });
});
