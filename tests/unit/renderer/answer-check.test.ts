import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../../renderer/src/answer-check';

const UNREADABLE = { ok: false, code: 'internal', message: 'The host sent an unreadable answer to updateClaim.' };

describe('checkAnswer (the window reads the envelope of a host answer)', () => {
  it('hands on the value of a successful answer as it came', () => {
    const value = { id: 'c1', status: 'verified' };
    const answer = checkAnswer('updateClaim', { ok: true, value });
    expect(answer).toEqual({ ok: true, value: { id: 'c1', status: 'verified' } });
    expect(answer.ok && answer.value).toBe(value);
  });

  it('hands on a failure with its code and the host’s own message', () => {
    expect(checkAnswer('updateClaim', { ok: false, error: { code: 'storage', message: 'The library folder is read-only.' } })).toEqual({
      ok: false,
      code: 'storage',
      message: 'The library folder is read-only.',
    });
  });

  it.each([
    { name: 'nothing (an answer that was not JSON)', raw: undefined },
    { name: 'null', raw: null },
    { name: 'a list', raw: [true, {}] },
    { name: 'text', raw: 'ok' },
    { name: 'no ok field', raw: { value: {} } },
    { name: 'ok as text', raw: { ok: 'true', value: {} } },
    { name: 'a success without its value', raw: { ok: true } },
    { name: 'a success with another field', raw: { ok: true, value: {}, debug: 1 } },
    { name: 'a failure without an error', raw: { ok: false } },
    { name: 'a failure with a code the contract does not have', raw: { ok: false, error: { code: 'teapot', message: 'short and stout' } } },
    { name: 'a failure whose message is a number', raw: { ok: false, error: { code: 'storage', message: 507 } } },
    { name: 'a failure with another field in its error', raw: { ok: false, error: { code: 'storage', message: 'Full.', stack: 'at …' } } },
    { name: 'a failure with a value as well', raw: { ok: false, error: { code: 'storage', message: 'Full.' }, value: {} } },
  ])('calls $name unreadable, naming the call', ({ raw }) => {
    expect(checkAnswer('updateClaim', raw)).toEqual(UNREADABLE);
  });
});
