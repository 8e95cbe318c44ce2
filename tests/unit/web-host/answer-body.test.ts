// The browser host's answers as bytes: an article's answer is the JSON it always was, the
// article's part is reused while the article is the same, and a replaced article (an
// updated text) is serialised afresh.

import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../host/library/frozen-records';
import { answerBody, answerParts } from '../../../web-host/answer-body';

const article = { id: 'a-1', title: 'Floods recede', text: 'Floods recede.\n\nRivers "fall".' };
const claim = { id: 'c-1', status: 'verified' };

describe('answerBody', () => {
  it('writes an article answer as the JSON of the whole answer', () => {
    const body = answerBody({ ok: true, value: { article, claims: [claim] } }).toString('utf8');
    expect(body).toBe(
      '{"ok":true,"value":{"article":{"id":"a-1","title":"Floods recede","text":"Floods recede.\\n\\nRivers \\"fall\\"."},"claims":[{"id":"c-1","status":"verified"}]}}',
    );
  });

  it('gives the claims as they are now, with the same article', () => {
    answerBody({ ok: true, value: { article, claims: [claim] } });
    const body = JSON.parse(answerBody({ ok: true, value: { article, claims: [{ id: 'c-1', status: 'false' }] } }).toString('utf8')) as unknown;
    expect(body).toEqual({ ok: true, value: { article: { id: 'a-1', title: 'Floods recede', text: 'Floods recede.\n\nRivers "fall".' }, claims: [{ id: 'c-1', status: 'false' }] } });
  });

  it('serialises a replaced article afresh', () => {
    answerBody({ ok: true, value: { article, claims: [] } });
    const updated = { ...article, text: 'Floods recede further.' };
    const body = JSON.parse(answerBody({ ok: true, value: { article: updated, claims: [] } }).toString('utf8')) as unknown;
    expect(body).toEqual({ ok: true, value: { article: { id: 'a-1', title: 'Floods recede', text: 'Floods recede further.' }, claims: [] } });
  });

  it('writes every other answer as it is, failures and values with more fields included', () => {
    expect(answerBody({ ok: false, error: { code: 'not-found', message: 'No such article.' } }).toString('utf8')).toBe(
      '{"ok":false,"error":{"code":"not-found","message":"No such article."}}',
    );
    expect(answerBody({ ok: true, value: { article, claims: [], extra: 1 } }).toString('utf8')).toBe(
      '{"ok":true,"value":{"article":{"id":"a-1","title":"Floods recede","text":"Floods recede.\\n\\nRivers \\"fall\\"."},"claims":[],"extra":1}}',
    );
    expect(answerBody({ ok: true, value: [1, 2] }).toString('utf8')).toBe('{"ok":true,"value":[1,2]}');
  });

  it('gives each version of an article its own tag, and sends the claims alone to a window holding the current one', () => {
    const first = answerParts({ ok: true, value: { article, claims: [] } });
    const tag = first.headers['x-claimmark-article-tag'];
    expect(tag).toMatch(/^[0-9a-f-]{36}\.\d+$/);
    const held = answerParts({ ok: true, value: { article, claims: [claim] } }, tag ?? null);
    expect(held.headers).toEqual({ 'x-claimmark-article-held': tag });
    expect(held.body.toString('utf8')).toBe('{"ok":true,"value":{"claims":[{"id":"c-1","status":"verified"}]}}');

    const updated = { ...article, text: 'Floods recede further.' };
    const replaced = answerParts({ ok: true, value: { article: updated, claims: [] } }, tag ?? null);
    expect(replaced.headers['x-claimmark-article-tag']).not.toBe(tag);
    expect(JSON.parse(replaced.body.toString('utf8'))).toEqual({ ok: true, value: { article: { id: 'a-1', title: 'Floods recede', text: 'Floods recede further.' }, claims: [] } });
    expect(answerParts({ ok: false, error: { code: 'not-found', message: 'No such article.' } }, tag ?? null).headers).toEqual({});
  });

  it('writes the claims the host holds (frozen) as JSON.stringify would, the same list again and a list with one replaced', () => {
    const held = { ...article };
    const one = deepFreeze({ id: 'c-1', status: 'verified', tags: ['health'] });
    const two = deepFreeze({ id: 'c-2', status: 'false', note: 'Said "twice".' });
    const body = (claims: unknown[]) => answerBody({ ok: true, value: { article: held, claims } }).toString('utf8');
    const start = '{"ok":true,"value":{"article":{"id":"a-1","title":"Floods recede","text":"Floods recede.\\n\\nRivers \\"fall\\"."},"claims":';
    expect(body([one, two])).toBe(`${start}[{"id":"c-1","status":"verified","tags":["health"]},{"id":"c-2","status":"false","note":"Said \\"twice\\"."}]}}`);
    expect(body([one, two])).toBe(`${start}[{"id":"c-1","status":"verified","tags":["health"]},{"id":"c-2","status":"false","note":"Said \\"twice\\"."}]}}`);
    const twoAgain = deepFreeze({ id: 'c-2', status: 'misleading' });
    expect(body([one, twoAgain])).toBe(`${start}[{"id":"c-1","status":"verified","tags":["health"]},{"id":"c-2","status":"misleading"}]}}`);
    expect(body([twoAgain])).toBe(`${start}[{"id":"c-2","status":"misleading"}]}}`);
    expect(body([])).toBe(`${start}[]}}`);
  });

  it('writes a claim that is not frozen afresh each time, so a change in place is sent', () => {
    const held = { ...article };
    const loose = { id: 'c-1', status: 'verified' };
    const claims = [loose];
    answerBody({ ok: true, value: { article: held, claims } });
    loose.status = 'false';
    expect(JSON.parse(answerBody({ ok: true, value: { article: held, claims } }).toString('utf8'))).toEqual({
      ok: true,
      value: { article: { id: 'a-1', title: 'Floods recede', text: 'Floods recede.\n\nRivers "fall".' }, claims: [{ id: 'c-1', status: 'false' }] },
    });
  });
});
