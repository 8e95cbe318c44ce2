// The bytes of an API answer. An article's own part (its text, up to 20 MB, and its blocks)
// is serialised once per version of the article and kept, so opening it again, or again after
// a claim changed, costs the claims only, and of those only the ones not written before (a
// claim the host holds is frozen, host/library/frozen-records.ts, so its JSON is kept with
// it); the host's articles are replaced, never changed in place, when their text is updated.
// Each version also has a tag: a window that says it holds the version with that tag is sent
// the claims alone, and keeps its copy (shared/held-article.ts).

import { randomUUID } from 'node:crypto';
import type { ApiResult } from '../shared/api';
import { ARTICLE_HELD_HEADER, ARTICLE_TAG_HEADER } from '../shared/held-article';
import { isDeeplyFrozen } from '../host/library/frozen-records';

const articleBytes = new WeakMap<object, Buffer>();
/** A frozen claim's JSON (host/library/frozen-records.ts): it cannot have changed since it was written. */
const claimBytes = new WeakMap<object, Buffer>();
const articleTags = new WeakMap<object, string>();
/** Tags of one host process never match another's, so a window kept open across a restart is sent the article again. */
const PROCESS_TAG = randomUUID();
let lastTag = 0;

const ANSWER_START = Buffer.from('{"ok":true,"value":{"article":');
const CLAIMS_START = Buffer.from(',"claims":');
const HELD_START = Buffer.from('{"ok":true,"value":{"claims":');
const ANSWER_END = Buffer.from('}}');
const LIST_START = Buffer.from('[');
const LIST_GAP = Buffer.from(',');
const LIST_END = Buffer.from(']');

/** One claim's JSON, as JSON.stringify writes it inside the list. */
function bytesOfClaim(claim: unknown): Buffer {
  if (!isDeeplyFrozen(claim)) return Buffer.from(JSON.stringify(claim) ?? 'null');
  let bytes = claimBytes.get(claim);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(claim));
    claimBytes.set(claim, bytes);
  }
  return bytes;
}

/** Per article, the claims last sent with it and their JSON. */
const lastClaims = new WeakMap<object, { claims: readonly unknown[]; bytes: Buffer }>();

const sameClaims = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((claim, index) => claim === b[index] && isDeeplyFrozen(claim));

/**
 * The claims' JSON, the same bytes as JSON.stringify(claims). A claim the host holds is
 * written once, and the same frozen claims sent again with the same article are not put
 * together again.
 */
function claimsBytes(article: object, claims: unknown): Buffer {
  if (!Array.isArray(claims)) return Buffer.from(JSON.stringify(claims) ?? 'null');
  const last = lastClaims.get(article);
  if (last !== undefined && sameClaims(last.claims, claims)) return last.bytes;
  const parts: Buffer[] = [LIST_START];
  claims.forEach((claim: unknown, index) => {
    if (index > 0) parts.push(LIST_GAP);
    parts.push(bytesOfClaim(claim));
  });
  parts.push(LIST_END);
  const bytes = Buffer.concat(parts);
  lastClaims.set(article, { claims: [...claims], bytes });
  return bytes;
}

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
  const claims = claimsBytes(value.article, value.claims);
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
