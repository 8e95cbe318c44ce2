// The host's check of an article's answer against the contract: a claim the host holds
// (frozen all the way down) is checked once, and every other claim each time it is sent, so
// a claim that stops fitting is never sent.

import { describe, expect, it } from 'vitest';
import { answerIssues } from '../../../host/answer-contract';
import { loadArticle } from '../../../host/article-loading/load-article';
import { deepFreeze } from '../../../host/library/frozen-records';
import { claimOf } from '../support/claim-builder';

const ADDED = '2026-01-01T00:00:00.000Z';
const article = loadArticle({ fileName: 'a.txt', bytes: new TextEncoder().encode('Title\n\nOne two three four five.\n') }, '00000000-0000-4000-8000-0000000000a1', ADDED);
const claim = (id: string) => claimOf(article, `00000000-0000-4000-8000-0000000000${id}`, 'two three', { created: ADDED });

describe('answerIssues for getArticle', () => {
  it('passes an article with fitting claims, frozen or not', () => {
    expect(answerIssues('getArticle', { article, claims: [deepFreeze(claim('c1')), claim('c2')] })).toEqual([]);
  });

  it('checks a claim that is not frozen again each time: one changed in place after it fitted is refused, by its place in the list', () => {
    const loose = claim('c3');
    const held = deepFreeze(claim('c4'));
    expect(answerIssues('getArticle', { article, claims: [held, loose] })).toEqual([]);
    Object.assign(loose, { status: 'settled' });
    expect(answerIssues('getArticle', { article, claims: [held, loose] })).toEqual([
      {
        path: ['claims', 1, 'status'],
        message: 'Invalid option: expected one of "unverified"|"in-progress"|"verified"|"false"|"misleading"|"inconclusive"',
      },
    ]);
  });

  it('never takes a frozen claim that did not fit as fitting the next time', () => {
    const bad = deepFreeze({ ...claim('c5'), status: 'settled' });
    const expected = [{ path: ['claims', 0, 'status'], message: 'Invalid option: expected one of "unverified"|"in-progress"|"verified"|"false"|"misleading"|"inconclusive"' }];
    expect(answerIssues('getArticle', { article, claims: [bad] })).toEqual(expected);
    expect(answerIssues('getArticle', { article, claims: [bad] })).toEqual(expected);
  });

  it('still checks the article and the answer’s own fields', () => {
    expect(answerIssues('getArticle', { article: { ...article, title: 7 }, claims: [] })).toEqual([{ path: ['article', 'title'], message: 'Invalid input: expected string, received number' }]);
    expect(answerIssues('getArticle', { article, claims: [], extra: true })).toEqual([{ path: [], message: 'Unrecognized key: "extra"' }]);
    expect(answerIssues('getArticle', { article, claims: 'none' })).toEqual([{ path: ['claims'], message: 'Invalid input: expected array, received string' }]);
  });
});

describe('answerIssues for other methods', () => {
  it('checks the whole answer against the method’s contract', () => {
    expect(answerIssues('deleteClaim', { deletedClaimId: '00000000-0000-4000-8000-000000000002' })).toEqual([]);
    expect(answerIssues('deleteClaim', { deletedClaimId: 7 })).toEqual([{ path: ['deletedClaimId'], message: 'Invalid input: expected string, received number' }]);
  });
});
