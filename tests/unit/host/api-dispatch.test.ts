import { beforeEach, describe, expect, it } from 'vitest';
import { createApiDispatcher, type ApiDispatcher } from '../../../host/api-dispatch';
import { ApiError, type ApiResult, type ClaimMarkApi } from '../../../shared/api';

const ARTICLE_ID = '00000000-0000-4000-8000-000000000001';
const CLAIM_ID = '00000000-0000-4000-8000-000000000002';

interface Call {
  method: string;
  input: unknown;
}

/** A ClaimMarkApi that records its calls; `behaviour` decides what deleteClaim does. */
function fakeApi(calls: Call[], behaviour: () => Promise<{ deletedClaimId: string }>): ClaimMarkApi {
  const refuse = (method: string) => async (input: unknown): Promise<never> => {
    calls.push({ method, input });
    throw new Error(`${method} was not expected in this test`);
  };
  return {
    listArticles: async (input) => {
      calls.push({ method: 'listArticles', input });
      return [];
    },
    getArticle: refuse('getArticle'),
    getSession: refuse('getSession'),
    getSaveStatus: refuse('getSaveStatus'),
    openArticle: refuse('openArticle'),
    takePendingFiles: refuse('takePendingFiles'),
    deleteArticle: refuse('deleteArticle'),
    createClaim: refuse('createClaim'),
    updateClaim: refuse('updateClaim'),
    addEvidence: refuse('addEvidence'),
    updateEvidence: refuse('updateEvidence'),
    deleteEvidence: refuse('deleteEvidence'),
    reattachClaim: refuse('reattachClaim'),
    restoreClaim: refuse('restoreClaim'),
    reviewClaim: refuse('reviewClaim'),
    openExternal: refuse('openExternal'),
    undoImport: refuse('undoImport'),
    redoImport: refuse('redoImport'),
    deleteClaim: async (input) => {
      calls.push({ method: 'deleteClaim', input });
      return behaviour();
    },
    exportClaims: refuse('exportClaims'),
    importClaims: refuse('importClaims'),
  };
}

function failure(result: ApiResult): { code: string; message: string } {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return result.error;
}

describe('createApiDispatcher', () => {
  let calls: Call[];
  let logged: string[];
  let outcome: () => Promise<{ deletedClaimId: string }>;
  let dispatch: ApiDispatcher;

  beforeEach(() => {
    calls = [];
    logged = [];
    outcome = async () => ({ deletedClaimId: CLAIM_ID });
    dispatch = createApiDispatcher(
      fakeApi(calls, () => outcome()),
      (message) => logged.push(message),
    );
  });

  it.each([
    { name: 'a method the contract does not have', method: 'exportFile' },
    { name: 'an inherited property', method: 'constructor' },
    { name: 'a prototype key', method: '__proto__' },
    { name: 'a number', method: 42 },
    { name: 'no method', method: undefined },
  ])('refuses $name as invalid input', async ({ method }) => {
    const result = await dispatch(method, {});
    expect(failure(result)).toEqual({ code: 'invalid-input', message: `Unknown request "${String(method)}".` });
    expect(calls).toEqual([]);
  });

  it.each([
    { name: 'a missing articleId', input: { claimId: CLAIM_ID }, message: 'articleId is missing.' },
    { name: 'an unknown extra key', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, force: true }, message: 'The request has "force", which is not part of it.' },
    { name: 'a numeric claimId', input: { articleId: ARTICLE_ID, claimId: 7 }, message: 'claimId must be text, not a number.' },
    { name: 'an empty id', input: { articleId: '', claimId: CLAIM_ID }, message: 'articleId is empty.' },
    { name: 'no object at all', input: 'delete everything', message: 'The request must be an object, not text.' },
  ])('refuses $name in plain words naming the problem, without calling the service', async ({ input, message }) => {
    expect(failure(await dispatch('deleteClaim', input))).toEqual({
      code: 'invalid-input',
      message: `ClaimMark could not take this deleteClaim request. ${message}`,
    });
    expect(calls).toEqual([]);
  });

  it.each([
    {
      name: 'a status it does not know and a note too long',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, status: 'great', note: 'x'.repeat(20_001) },
      message:
        'ClaimMark could not take this updateClaim request. status must be one of "unverified", "in-progress", "verified", "false", "misleading", "inconclusive". note is longer than 20000 characters.',
    },
    {
      name: 'a call with nothing to update (the contract’s own words)',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID },
      message: 'ClaimMark could not take this updateClaim request. Nothing to update: give a status, a note, a claimant, its type, the claim as reviewed or tags.',
    },
    {
      name: 'evidence with a script link and a numeric title',
      method: 'addEvidence',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, evidence: { url: 'javascript:alert(1)', title: 3, quote: '', accessed: null, stance: 'supports' } },
      message: 'ClaimMark could not take this addEvidence request. Evidence links must be http:// or https:// addresses. evidence.title must be text, not a number.',
    },
    {
      name: 'an article file that is not base64',
      method: 'openArticle',
      input: { file: { fileName: 'a.txt', contentBase64: 'not base64!' } },
      message: 'ClaimMark could not take this openArticle request. file.contentBase64 is not base64 text.',
    },
  ])('refuses $name in plain words, never the schema library’s', async ({ method, input, message }) => {
    expect(failure(await dispatch(method, input))).toEqual({ code: 'invalid-input', message });
  });

  it.each([
    { method: 'openArticle', file: { fileName: 'whole site.html', bytes: new Uint8Array(25 * 1024 * 1024) }, message: 'whole site.html is 25.0 MB; ClaimMark opens articles up to 20 MB.' },
    { method: 'openArticle', file: { fileName: 'whole site.html', contentBase64: 'QUJD'.repeat(8_400_000) }, message: 'whole site.html is 24.0 MB; ClaimMark opens articles up to 20 MB.' },
    { method: 'importClaims', file: { fileName: 'claims.json', bytes: new Uint8Array(200 * 1024 * 1024) }, message: 'claims.json is 200.0 MB; ClaimMark imports files up to 20 MB.' },
  ])('refuses a $method file too large to send with its size and the limit of what the call does', async ({ method, file, message }) => {
    expect(failure(await dispatch(method, { file }))).toEqual({ code: 'invalid-input', message });
    expect(calls).toEqual([]);
  });

  it('returns the value of a successful call and passes the checked input on', async () => {
    const input = { articleId: ARTICLE_ID, claimId: CLAIM_ID };
    expect(await dispatch('deleteClaim', input)).toEqual({ ok: true, value: { deletedClaimId: CLAIM_ID } });
    expect(calls).toEqual([{ method: 'deleteClaim', input }]);
    expect(logged).toEqual([]);
  });

  it('calls only the method asked for', async () => {
    expect(await dispatch('listArticles', {})).toEqual({ ok: true, value: [] });
    expect(calls.map((call) => call.method)).toEqual(['listArticles']);
  });

  it.each([
    { code: 'not-found' as const, message: 'That claim no longer exists; it may have been deleted already.' },
    { code: 'storage' as const, message: 'Could not write the claims.' },
    { code: 'invalid-input' as const, message: 'The selection is empty.' },
  ])('passes an ApiError $code on with its message, without logging it', async ({ code, message }) => {
    outcome = async () => {
      throw new ApiError(code, message);
    };
    const result = await dispatch('deleteClaim', { articleId: ARTICLE_ID, claimId: CLAIM_ID });
    expect(failure(result)).toEqual({ code, message });
    expect(logged).toEqual([]);
  });

  it.each([
    { name: 'a field the contract does not have', answer: { deletedClaimId: CLAIM_ID, removedFrom: 'disk' }, logs: 'deleteClaim answered outside the contract: (answer): Unrecognized key: "removedFrom"' },
    { name: 'an id that is a number', answer: { deletedClaimId: 7 }, logs: 'deleteClaim answered outside the contract: deletedClaimId: Invalid input: expected string, received number' },
  ])('never sends an answer with $name: the call fails as internal and the log says what was wrong', async ({ answer, logs }) => {
    outcome = async () => answer as unknown as { deletedClaimId: string };
    const result = await dispatch('deleteClaim', { articleId: ARTICLE_ID, claimId: CLAIM_ID });
    expect(failure(result)).toEqual({
      code: 'internal',
      message: 'ClaimMark made an answer to deleteClaim that does not fit its contract (a fault in ClaimMark, written to its log); the window did not take it.',
    });
    expect(logged).toEqual([logs]);
  });

  it('turns any other Error into an internal failure and logs it', async () => {
    outcome = async () => {
      throw new TypeError('Cannot read properties of undefined');
    };
    const result = await dispatch('deleteClaim', { articleId: ARTICLE_ID, claimId: CLAIM_ID });
    expect(failure(result)).toEqual({
      code: 'internal',
      message: 'deleteClaim failed unexpectedly: Cannot read properties of undefined',
    });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^deleteClaim failed: TypeError: Cannot read properties of undefined/);
  });

  it('turns a thrown non-Error into an internal failure and logs it', async () => {
    outcome = async () => {
      throw 'disk on fire';
    };
    const result = await dispatch('deleteClaim', { articleId: ARTICLE_ID, claimId: CLAIM_ID });
    expect(failure(result)).toEqual({ code: 'internal', message: 'deleteClaim failed unexpectedly: disk on fire' });
    expect(logged).toEqual(['deleteClaim failed: disk on fire']);
  });

  it('answers every failure as a value rather than rejecting', async () => {
    outcome = async () => {
      throw new RangeError('boom');
    };
    await expect(dispatch('deleteClaim', { articleId: ARTICLE_ID, claimId: CLAIM_ID })).resolves.toMatchObject({ ok: false });
    await expect(dispatch('nope', null)).resolves.toMatchObject({ ok: false });
  });
});
