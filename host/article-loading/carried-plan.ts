// An import's plan as the article worker sends it to the host: its claims as UTF-8 JSON in
// slices, whose buffers the host takes over without a copy (a structured clone of tens of
// thousands of objects, or of as much text, holds its thread up for a tenth of a second or
// more), and which are read a slice at a time, so the host's thread answers other calls in between. Ids
// the plan needed (new claims, evidence, articles) are numbered placeholders in the worker:
// the host's own newId gives them, in the order the plan asked for them. Added claims cross
// as their journal ops, so that once their ids are put into the text it is also the journal
// line that saves them: 20 MB of JSON is not made again from the claims.

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportPlan } from '../../shared/import/plan-import';
import type { Article, Claim } from '../../shared/model';
import { deepFreeze } from '../library/frozen-records';
import type { ImportChanges } from './import-planning';

/** Claims per slice: each is taken in within a few milliseconds. */
const SLICE = 500;
/** No id kept from a file or made by ClaimMark holds a control character. */
const PLACEHOLDER = '\u0001new id ';
/** A placeholder as JSON text writes it (a control character is always escaped). */
const PLACEHOLDER_TEXT = /"\\u0001new id (\d+)"/g;
const ESCAPED_MARK = '\\u0001';

type Replacement = ImportPlan['updates'][number]['replaced'][number];

/** One slice of claims: UTF-8 JSON of a list. */
type Slice = Uint8Array<ArrayBuffer>;

export interface CarriedPlan {
  summary: ImportPlan['summary'];
  /** `added`: slices of put ops; `textIds`: every placeholder in their text is an id, so putting the ids into the text gives each claim's own. */
  updates: { articleId: string; added: Slice[]; textIds: boolean; replaced: Slice[] }[];
  newArticles: { article: Article; claims: Slice[] }[];
  /** How many ids the plan asked for. */
  ids: number;
}

/** The worker's newId: placeholders, counted. */
export function placeholderIds(): { newId: () => string; count: () => number } {
  let given = 0;
  return { newId: () => `${PLACEHOLDER}${given++}`, count: () => given };
}

/** The slices of a list, and how many escaped U+0001 their text holds (where placeholders can be). */
function slicedCounting(items: readonly unknown[]): { slices: Slice[]; escapes: number } {
  const encoder = new TextEncoder();
  const slices: Slice[] = [];
  let escapes = 0;
  for (let start = 0; start < items.length; start += SLICE) {
    const text = JSON.stringify(items.slice(start, start + SLICE));
    for (let at = text.indexOf(ESCAPED_MARK); at !== -1; at = text.indexOf(ESCAPED_MARK, at + 1)) escapes += 1;
    slices.push(encoder.encode(text));
  }
  return { slices, escapes };
}

function sliced(items: readonly unknown[]): Slice[] {
  return slicedCounting(items).slices;
}

/** The ids of a claim that may be placeholders: those the host gives (receivePlan). */
function idsOf(claim: Claim): string[] {
  return [claim.id, claim.articleId, ...claim.evidence.map((item) => item.id)];
}

/**
 * Added claims as slices of put ops, and whether each U+0001 in their text starts a
 * placeholder id: then putting the ids into the text touches nothing else (a note that
 * holds a placeholder's text, say).
 */
function slicedPuts(claims: readonly Claim[]): { added: Slice[]; textIds: boolean } {
  const { slices, escapes } = slicedCounting(claims.map((claim) => ({ op: 'put', claim })));
  const inIds = claims.reduce((count, claim) => count + idsOf(claim).filter((id) => id.startsWith(PLACEHOLDER)).length, 0);
  return { added: slices, textIds: escapes === inIds };
}

/** The buffers the worker hands over with the plan. */
export function planBuffers(carried: CarriedPlan): ArrayBuffer[] {
  const slices = [...carried.updates.flatMap(({ added, replaced }) => [...added, ...replaced]), ...carried.newArticles.flatMap(({ claims }) => claims)];
  return slices.map((slice) => slice.buffer);
}

/** The plan without its claims, for a preview, which shows only the summary: tens of thousands need not cross. */
export function withoutClaims(plan: ImportChanges): ImportChanges {
  return {
    ...plan,
    updates: plan.updates.map((update) => ({ ...update, added: [], replaced: [] })),
    newArticles: plan.newArticles.map(({ article }) => ({ article, claims: [] })),
  };
}

export function carryPlan(plan: ImportChanges, ids: number): CarriedPlan {
  return {
    summary: plan.summary,
    updates: plan.updates.map(({ articleId, added, replaced }) => ({ articleId, ...slicedPuts(added), replaced: sliced(replaced) })),
    newArticles: plan.newArticles.map(({ article, claims }) => ({ article, claims: sliced(claims) })),
    ids,
  };
}

/** The plan in the host, with the host's ids where the worker left placeholders; its claims are frozen, as the store keeps them. */
export async function receivePlan(carried: CarriedPlan, newId: () => string): Promise<ImportChanges> {
  const ids = Array.from({ length: carried.ids }, () => newId());
  const real = (id: string): string => (id.startsWith(PLACEHOLDER) ? (ids[Number(id.slice(PLACEHOLDER.length))] ?? id) : id);
  // The claims were just parsed, so they are given their ids in place.
  const settled = (claim: Claim): Claim => {
    claim.id = real(claim.id);
    claim.articleId = real(claim.articleId);
    for (const item of claim.evidence) item.id = real(item.id);
    return deepFreeze(claim);
  };
  const decoder = new TextDecoder();
  const taken = async <T, R>(slices: readonly Slice[], settle: (item: T) => R): Promise<R[]> => {
    const items: R[] = [];
    for (const slice of slices) {
      await nextTurn();
      for (const item of JSON.parse(decoder.decode(slice)) as T[]) items.push(settle(item));
    }
    return items;
  };
  // With the ids put into their text, the added claims' ops are their journal line as it will be written.
  const withIds = (text: string): string => text.replace(PLACEHOLDER_TEXT, (placeholder: string, at: string) => (ids[Number(at)] === undefined ? placeholder : JSON.stringify(ids[Number(at)])));
  const updates: ImportChanges['updates'] = [];
  for (const { articleId, added, textIds, replaced } of carried.updates) {
    const text: string[] = [];
    const claims: Claim[] = [];
    for (const slice of added) {
      await nextTurn();
      const ops = textIds ? withIds(decoder.decode(slice)) : decoder.decode(slice);
      for (const { claim } of JSON.parse(ops) as { claim: Claim }[]) claims.push(settled(claim));
      if (textIds) text.push(ops.slice(1, -1));
    }
    updates.push({
      articleId,
      added: claims,
      ...(textIds && text.length > 0 ? { addedText: text } : {}),
      replaced: await taken(replaced, ({ before, claim }: Replacement): Replacement => ({ before, claim: settled(claim) })),
    });
  }
  const newArticles: ImportChanges['newArticles'] = [];
  for (const { article, claims } of carried.newArticles) newArticles.push({ article: { ...article, id: real(article.id) }, claims: await taken(claims, settled) });
  const perArticle = carried.summary.perArticle.map((row) => ({ ...row, articleId: row.articleId === null ? null : real(row.articleId) }));
  return { summary: { ...carried.summary, perArticle }, updates, newArticles };
}
