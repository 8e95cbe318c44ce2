// The bytes of an API answer. An article's own part (its text, up to 20 MB, and its blocks)
// is serialised once per version of the article and kept, so opening it again, or again after
// a claim changed, costs the claims only; the host's articles are replaced, never changed in
// place, when their text is updated.

import type { ApiResult } from '../shared/api';

const articleBytes = new WeakMap<object, Buffer>();

const ANSWER_START = Buffer.from('{"ok":true,"value":{"article":');
const CLAIMS_START = Buffer.from(',"claims":');
const ANSWER_END = Buffer.from('}}');

/** The value of an answer that carries one article with its claims, and nothing else. */
function articleWithClaims(result: ApiResult): { article: object; claims: unknown } | null {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) return null;
  const keys = Object.keys(result.value);
  if (keys.length !== 2 || !keys.includes('article') || !keys.includes('claims')) return null;
  const { article, claims } = result.value as { article: unknown; claims: unknown };
  return typeof article === 'object' && article !== null ? { article, claims } : null;
}

export function answerBody(result: ApiResult): Buffer {
  const value = articleWithClaims(result);
  if (value === null) return Buffer.from(JSON.stringify(result));
  let article = articleBytes.get(value.article);
  if (article === undefined) {
    article = Buffer.from(JSON.stringify(value.article));
    articleBytes.set(value.article, article);
  }
  return Buffer.concat([ANSWER_START, article, CLAIMS_START, Buffer.from(JSON.stringify(value.claims)), ANSWER_END]);
}
