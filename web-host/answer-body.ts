// The bytes of an API answer. An article's own part (its text, up to 20 MB, and its blocks)
// is serialised once per version of the article and kept, so opening it again, or again after
// a claim changed, costs the claims only; the host's articles are replaced, never changed in
// place, when their text is updated. Each version also has a tag: a window that says it holds
// the version with that tag is sent the claims alone, and keeps its copy (shared/held-article.ts).

import { randomUUID } from 'node:crypto';
import type { ApiResult } from '../shared/api';
import { ARTICLE_HELD_HEADER, ARTICLE_TAG_HEADER } from '../shared/held-article';

const articleBytes = new WeakMap<object, Buffer>();
const articleTags = new WeakMap<object, string>();
/** Tags of one host process never match another's, so a window kept open across a restart is sent the article again. */
const PROCESS_TAG = randomUUID();
let lastTag = 0;

const ANSWER_START = Buffer.from('{"ok":true,"value":{"article":');
const CLAIMS_START = Buffer.from(',"claims":');
const HELD_START = Buffer.from('{"ok":true,"value":{"claims":');
const ANSWER_END = Buffer.from('}}');

/** The value of an answer that carries one article with its claims, and nothing else. */
function articleWithClaims(result: ApiResult): { article: object; claims: unknown } | null {
  if (!result.ok || typeof result.value !== 'object' || result.value === null) return null;
  const keys = Object.keys(result.value);
  if (keys.length !== 2 || !keys.includes('article') || !keys.includes('claims')) return null;
  const { article, claims } = result.value as { article: unknown; claims: unknown };
  return typeof article === 'object' && article !== null ? { article, claims } : null;
}

function tagOf(article: object): string {
  let tag = articleTags.get(article);
  if (tag === undefined) {
    lastTag += 1;
    tag = `${PROCESS_TAG}.${lastTag}`;
    articleTags.set(article, tag);
  }
  return tag;
}

export interface AnswerParts {
  body: Buffer;
  /** Headers the answer adds: the article version's tag, or that the held version is still current. */
  headers: Record<string, string>;
}

/** The answer's bytes; `heldTag`: the tag of the article version the asking window holds, if any. */
export function answerParts(result: ApiResult, heldTag: string | null = null): AnswerParts {
  const value = articleWithClaims(result);
  if (value === null) return { body: Buffer.from(JSON.stringify(result)), headers: {} };
  const tag = tagOf(value.article);
  const claims = Buffer.from(JSON.stringify(value.claims));
  if (heldTag === tag) return { body: Buffer.concat([HELD_START, claims, ANSWER_END]), headers: { [ARTICLE_HELD_HEADER]: tag } };
  let article = articleBytes.get(value.article);
  if (article === undefined) {
    article = Buffer.from(JSON.stringify(value.article));
    articleBytes.set(value.article, article);
  }
  return { body: Buffer.concat([ANSWER_START, article, CLAIMS_START, claims, ANSWER_END]), headers: { [ARTICLE_TAG_HEADER]: tag } };
}

export function answerBody(result: ApiResult): Buffer {
  return answerParts(result).body;
}
