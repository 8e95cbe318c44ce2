import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, ApiError, apiContract, apiResultSchema, exportOutcomeSchema } from '../../../shared/api';
import { API_METHODS, type ApiMethod } from '../../../shared/api-methods';
import { NOTE_MAX_LENGTH } from '../../../shared/model';

const ARTICLE_ID = '00000000-0000-4000-8000-000000000001';
const CLAIM_ID = '00000000-0000-4000-8000-000000000002';

interface InputCase {
  name: string;
  method: ApiMethod;
  input: unknown;
}

describe('apiContract inputs', () => {
  it('has a schema for every API method and no other', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...API_METHODS].sort());
  });

  const accepted: InputCase[] = [
    { name: 'listArticles with no fields', method: 'listArticles', input: {} },
    { name: 'getArticle', method: 'getArticle', input: { articleId: ARTICLE_ID } },
    {
      name: 'createClaim',
      method: 'createClaim',
      input: { articleId: ARTICLE_ID, start: 10, end: 20, exact: 'final phase' },
    },
    {
      // The schema checks only the shape; whether the range fits the text is the service's job.
      name: 'createClaim with a range the service will judge',
      method: 'createClaim',
      input: { articleId: ARTICLE_ID, start: -5, end: 0, exact: '' },
    },
    { name: 'createClaim with RTL text', method: 'createClaim', input: { articleId: ARTICLE_ID, start: 0, end: 5, exact: 'بوتين' } },
    { name: 'updateClaim with a status', method: 'updateClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, status: 'verified' } },
    { name: 'updateClaim with a note', method: 'updateClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, note: 'Source: Reuters' } },
    { name: 'updateClaim clearing the note', method: 'updateClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, note: '' } },
    {
      name: 'updateClaim with both and a note of the maximum length',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, status: 'unverified', note: 'n'.repeat(NOTE_MAX_LENGTH) },
    },
    { name: 'updateClaim with tags alone', method: 'updateClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, tags: ['economy', 'Labour market'] } },
    { name: 'updateClaim removing every tag', method: 'updateClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, tags: [] } },
    { name: 'updateClaim with the claimant’s type alone', method: 'updateClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, claimantType: 'organization' } },
    { name: 'updateClaim saying the claimant’s type is not known', method: 'updateClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, claimantType: null } },
    { name: 'exportClaims as ClaimReview with a page per article', method: 'exportClaims', input: { scope: { kind: 'library' }, format: 'claim-review', publisher: { name: 'Desk', reviewPageUrl: 'https://checks.example.org/{article}' } } },
    { name: 'deleteClaim', method: 'deleteClaim', input: { articleId: ARTICLE_ID, claimId: CLAIM_ID } },
    { name: 'exportClaims of one article', method: 'exportClaims', input: { scope: { kind: 'article', articleId: ARTICLE_ID }, format: 'native' } },
    { name: 'exportClaims of the library as ClaimReview', method: 'exportClaims', input: { scope: { kind: 'library' }, format: 'claim-review', publisher: { name: 'Desk' } } },
    { name: 'openArticle with the file as bytes', method: 'openArticle', input: { file: { fileName: 'a.txt', bytes: new Uint8Array([65, 10]) } } },
    { name: 'openArticle with the file as base64', method: 'openArticle', input: { file: { fileName: 'a.txt', contentBase64: 'QQo=' } } },
    { name: 'importClaims with the file as bytes', method: 'importClaims', input: { file: { fileName: 'claims.json', bytes: new Uint8Array(21_000_000) } } },
    // 20.1 MiB: past what an article may be, so that the loader, not the contract, says so.
    { name: 'openArticle with 20.1 MB as bytes', method: 'openArticle', input: { file: { fileName: 'a.html', bytes: new Uint8Array(21_076_378) } } },
    { name: 'openArticle with 24 MiB as bytes', method: 'openArticle', input: { file: { fileName: 'a.html', bytes: new Uint8Array(25_165_824) } } },
  ];

  it.each(accepted)('accepts $name', ({ method, input }) => {
    expect(apiContract[method].input.safeParse(input).success).toBe(true);
  });

  const rejected: (InputCase & { problem: string })[] = [
    { name: 'listArticles with an unknown key', method: 'listArticles', input: { all: true }, problem: 'Unrecognized key' },
    { name: 'listArticles with no object', method: 'listArticles', input: undefined, problem: 'expected object' },
    { name: 'getArticle without articleId', method: 'getArticle', input: {}, problem: 'articleId' },
    { name: 'getArticle with an empty articleId', method: 'getArticle', input: { articleId: '' }, problem: 'articleId' },
    { name: 'getArticle with a numeric articleId', method: 'getArticle', input: { articleId: 7 }, problem: 'articleId' },
    { name: 'getArticle with a 101-character articleId', method: 'getArticle', input: { articleId: 'a'.repeat(101) }, problem: 'articleId' },
    {
      name: 'getArticle with an extra key',
      method: 'getArticle',
      input: { articleId: ARTICLE_ID, path: '/etc/passwd' },
      problem: 'Unrecognized key',
    },
    { name: 'getArticle with an array', method: 'getArticle', input: [ARTICLE_ID], problem: 'expected object' },
    {
      name: 'createClaim with a fractional start',
      method: 'createClaim',
      input: { articleId: ARTICLE_ID, start: 1.5, end: 20, exact: 'x' },
      problem: 'start',
    },
    {
      name: 'createClaim with a string end',
      method: 'createClaim',
      input: { articleId: ARTICLE_ID, start: 1, end: '20', exact: 'x' },
      problem: 'end',
    },
    {
      name: 'createClaim without exact',
      method: 'createClaim',
      input: { articleId: ARTICLE_ID, start: 1, end: 20 },
      problem: 'exact',
    },
    {
      name: 'createClaim without articleId',
      method: 'createClaim',
      input: { start: 1, end: 20, exact: 'x' },
      problem: 'articleId',
    },
    {
      name: 'createClaim with a status already set',
      method: 'createClaim',
      input: { articleId: ARTICLE_ID, start: 1, end: 20, exact: 'x', status: 'verified' },
      problem: 'Unrecognized key',
    },
    {
      name: 'updateClaim with a status not in the list',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, status: 'debunked' },
      problem: 'status',
    },
    {
      name: 'updateClaim with a capitalised status',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, status: 'Verified' },
      problem: 'status',
    },
    {
      name: 'updateClaim with neither status nor note',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID },
      problem: 'Nothing to update',
    },
    {
      name: 'updateClaim with a note one character too long',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, note: 'n'.repeat(NOTE_MAX_LENGTH + 1) },
      problem: 'note',
    },
    {
      name: 'updateClaim with a null note',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, note: null },
      problem: 'note',
    },
    {
      name: 'updateClaim with one tag twice',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, tags: ['economy', 'Economy'] },
      problem: 'a claim has each tag once',
    },
    {
      name: 'updateClaim with a tag not trimmed',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, tags: [' economy'] },
      problem: 'a tag has no spaces at its ends',
    },
    {
      name: 'updateClaim with a claimant type it does not know',
      method: 'updateClaim',
      input: { articleId: ARTICLE_ID, claimId: CLAIM_ID, claimantType: 'company' },
      problem: 'claimantType',
    },
    {
      name: 'exportClaims as ClaimReview with a placeholder it does not know',
      method: 'exportClaims',
      input: { scope: { kind: 'library' }, format: 'claim-review', publisher: { name: 'Desk', reviewPageUrl: 'https://checks.example.org/{slug}' } },
      problem: 'Only {claim} and {article} can be filled in',
    },
    { name: 'updateClaim without claimId', method: 'updateClaim', input: { articleId: ARTICLE_ID, status: 'verified' }, problem: 'claimId' },
    { name: 'deleteClaim without claimId', method: 'deleteClaim', input: { articleId: ARTICLE_ID }, problem: 'claimId' },
    { name: 'exportClaims without a scope', method: 'exportClaims', input: { format: 'csv' }, problem: 'scope' },
    { name: 'exportClaims in an unknown format', method: 'exportClaims', input: { scope: { kind: 'library' }, format: 'pdf' }, problem: 'format' },
    {
      name: 'exportClaims with a javascript: publisher URL',
      method: 'exportClaims',
      input: { scope: { kind: 'library' }, format: 'claim-review', publisher: { name: 'Desk', url: 'javascript:alert(1)' } },
      problem: 'url',
    },
    { name: 'openArticle with bytes over 24 MiB', method: 'openArticle', input: { file: { fileName: 'a.txt', bytes: new Uint8Array(25_165_825) } }, problem: 'larger than 20 MB' },
    { name: 'openArticle with bytes as a plain list', method: 'openArticle', input: { file: { fileName: 'a.txt', bytes: [65, 10] } }, problem: 'binary data' },
    { name: 'openArticle with both bytes and base64', method: 'openArticle', input: { file: { fileName: 'a.txt', bytes: new Uint8Array([65]), contentBase64: 'QQ==' } }, problem: 'Unrecognized key' },
    { name: 'openArticle with base64 that is not base64', method: 'openArticle', input: { file: { fileName: 'a.txt', contentBase64: 'not base64!' } }, problem: 'base64' },
  ];

  it.each(rejected)('rejects $name', ({ method, input, problem }) => {
    const result = apiContract[method].input.safeParse(input);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(problem);
  });
});

describe('apiResultSchema', () => {
  const accepted: { name: string; result: unknown }[] = [
    { name: 'a success with a value', result: { ok: true, value: [{ id: ARTICLE_ID }] } },
    ...API_ERROR_CODES.map((code) => ({ name: `a ${code} failure`, result: { ok: false, error: { code, message: 'Why.' } } })),
  ];

  it.each(accepted)('accepts $name', ({ result }) => {
    expect(apiResultSchema.safeParse(result).success).toBe(true);
  });

  const rejected: { name: string; result: unknown }[] = [
    { name: 'no ok flag', result: { value: 1 } },
    { name: 'ok as a string', result: { ok: 'true', value: 1 } },
    { name: 'a failure without an error', result: { ok: false } },
    { name: 'a failure with an unknown code', result: { ok: false, error: { code: 'teapot', message: 'x' } } },
    { name: 'a failure without a message', result: { ok: false, error: { code: 'internal' } } },
    { name: 'a failure with an extra error field', result: { ok: false, error: { code: 'internal', message: 'x', stack: 'at …' } } },
    { name: 'a success carrying an error too', result: { ok: true, value: 1, error: { code: 'internal', message: 'x' } } },
    { name: 'null', result: null },
  ];

  it.each(rejected)('rejects $name', ({ result }) => {
    expect(apiResultSchema.safeParse(result).success).toBe(false);
  });
});

describe('exportOutcomeSchema', () => {
  it.each([
    { kind: 'saved', path: '/home/ana/putin.claims.json', fileName: 'putin.claims.json', remarks: [] },
    { kind: 'cancelled' },
    { kind: 'download', fileName: 'putin.claims.json', mimeType: 'application/json', remarks: ['1 claim needs review (the article changed under its verdict) and was left out.'], url: '/download/0f3a?token=9c1d' },
  ])('accepts a $kind outcome', (outcome) => {
    expect(exportOutcomeSchema.safeParse(outcome).success).toBe(true);
  });

  const download = { kind: 'download', fileName: 'putin.claims.json', mimeType: 'application/json', remarks: [] };
  it.each([
    { name: 'saved without a path', outcome: { kind: 'saved', fileName: 'x.json' } },
    { name: 'an unknown kind', outcome: { kind: 'printed' } },
    { name: 'cancelled with a path', outcome: { kind: 'cancelled', path: '/x' } },
    { name: 'a download with the content instead of an address', outcome: { ...download, content: '{}\n' } },
    { name: 'a download from another origin', outcome: { ...download, url: 'https://evil.example/download/0f3a?token=9c1d' } },
    { name: 'a download from a protocol-relative address', outcome: { ...download, url: '//evil.example/download/0f3a?token=9c1d' } },
    { name: 'a download from another path of the host', outcome: { ...download, url: '/api/deleteArticle?token=9c1d' } },
    { name: 'a download without the token', outcome: { ...download, url: '/download/0f3a' } },
  ])('rejects $name', ({ outcome }) => {
    expect(exportOutcomeSchema.safeParse(outcome).success).toBe(false);
  });
});

describe('ApiError', () => {
  it('is an Error with a code and the analyst’s message', () => {
    const error = new ApiError('not-found', 'That claim no longer exists.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('That claim no longer exists.');
  });
});
