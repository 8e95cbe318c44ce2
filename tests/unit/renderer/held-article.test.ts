// The API worker's held article: the last article read in full from the browser host is named
// in the next getArticle for it, and an answer of claims alone is made whole with it.

import { describe, expect, it } from 'vitest';
import type { Article } from '../../../shared/model';
import { ArticleHolder } from '../../../renderer/src/held-article';

const article = { id: 'a-1', title: 'Floods recede', text: 'Floods recede.' } as unknown as Article;
const claim = { id: 'c-1', status: 'verified' };
const tagged = (tag: string) => new Headers({ 'x-claimmark-article-tag': tag });
const heldAnswer = (tag: string) => new Headers({ 'x-claimmark-article-held': tag });

describe('ArticleHolder', () => {
  it('names nothing before an article was read in full, and asks with the headers as they were', () => {
    const holder = new ArticleHolder();
    expect(holder.heldFor('a-1')).toBeNull();
    const headers = holder.headers({ 'Content-Type': 'application/json' }, null);
    expect([...headers]).toEqual([['content-type', 'application/json']]);
  });

  it('holds the article of a tagged answer and names its tag in the next request for that article only', () => {
    const holder = new ArticleHolder();
    const answer = { ok: true as const, value: { article, claims: [claim] } };
    expect(holder.take(answer, tagged('t.1'), null)).toEqual(answer);
    const held = holder.heldFor('a-1');
    expect(held).toEqual({ tag: 't.1', article });
    expect(holder.heldFor('a-2')).toBeNull();
    expect(holder.headers({ 'Content-Type': 'application/json' }, held).get('x-claimmark-held-article')).toBe('t.1');
  });

  it('answers the held article with the claims the host just sent', () => {
    const holder = new ArticleHolder();
    holder.take({ ok: true, value: { article, claims: [claim] } }, tagged('t.1'), null);
    const held = holder.heldFor('a-1');
    const changed = { id: 'c-1', status: 'false' };
    expect(holder.take({ ok: true, value: { claims: [changed] } }, heldAnswer('t.1'), held)).toEqual({
      ok: true,
      value: { article: { id: 'a-1', title: 'Floods recede', text: 'Floods recede.' }, claims: [{ id: 'c-1', status: 'false' }] },
    });
  });

  it('holds a newer version read in full in place of the old one', () => {
    const holder = new ArticleHolder();
    holder.take({ ok: true, value: { article, claims: [] } }, tagged('t.1'), null);
    const updated = { ...article, text: 'Floods recede further.' };
    holder.take({ ok: true, value: { article: updated, claims: [] } }, tagged('t.2'), holder.heldFor('a-1'));
    expect(holder.heldFor('a-1')).toEqual({ tag: 't.2', article: { id: 'a-1', title: 'Floods recede', text: 'Floods recede further.' } });
  });

  it('reports an answer of claims alone for a version it did not name, rather than showing another text', () => {
    const holder = new ArticleHolder();
    holder.take({ ok: true, value: { article, claims: [] } }, tagged('t.1'), null);
    expect(holder.take({ ok: true, value: { claims: [] } }, heldAnswer('t.1'), null)).toEqual({
      ok: false,
      code: 'internal',
      message: 'The host answered with the claims of an article version this window does not hold. Reload the window.',
    });
    expect(holder.take({ ok: true, value: { claims: [] } }, heldAnswer('t.9'), holder.heldFor('a-1'))).toMatchObject({ ok: false, code: 'internal' });
  });

  it('holds the last four articles read, so switching between them sends none again', () => {
    const holder = new ArticleHolder();
    for (const id of ['a-1', 'a-2', 'a-3', 'a-4', 'a-5']) {
      holder.take({ ok: true, value: { article: { ...article, id }, claims: [] } }, tagged(`t.${id}`), null);
    }
    expect(holder.heldFor('a-1')).toBeNull();
    expect(['a-2', 'a-3', 'a-4', 'a-5'].map((id) => holder.heldFor(id)?.tag)).toEqual(['t.a-2', 't.a-3', 't.a-4', 't.a-5']);
    // Switching back to one makes it the last read: the next to go is a-3.
    holder.take({ ok: true, value: { claims: [] } }, heldAnswer('t.a-2'), holder.heldFor('a-2'));
    holder.take({ ok: true, value: { article: { ...article, id: 'a-6' }, claims: [] } }, tagged('t.a-6'), null);
    expect(holder.heldFor('a-3')).toBeNull();
    expect(holder.heldFor('a-2')?.tag).toBe('t.a-2');
  });

  it('holds no more than 20,000,000 code units of text beside the last article read', () => {
    const holder = new ArticleHolder();
    const long = (id: string, units: number) => ({ ...article, id, text: 'x'.repeat(units) });
    holder.take({ ok: true, value: { article: long('a-1', 12_000_000), claims: [] } }, tagged('t.1'), null);
    holder.take({ ok: true, value: { article: long('a-2', 7_000_000), claims: [] } }, tagged('t.2'), null);
    holder.take({ ok: true, value: { article: long('a-3', 15_000_000), claims: [] } }, tagged('t.3'), null);
    expect(holder.heldFor('a-1')?.tag).toBe('t.1');
    holder.take({ ok: true, value: { article: long('a-4', 100), claims: [] } }, tagged('t.4'), null);
    expect(holder.heldFor('a-1')).toBeNull();
    expect(holder.heldFor('a-2')).toBeNull();
    expect(['a-3', 'a-4'].map((id) => holder.heldFor(id)?.tag)).toEqual(['t.3', 't.4']);
  });

  it('passes failures through and holds nothing from them', () => {
    const holder = new ArticleHolder();
    const failure = { ok: false as const, code: 'not-found' as const, message: 'No article with id "a-1" in the library.' };
    expect(holder.take(failure, tagged('t.1'), null)).toEqual(failure);
    expect(holder.heldFor('a-1')).toBeNull();
  });
});
