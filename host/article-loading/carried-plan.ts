// An import's plan as the article worker sends it to the host: its claims as UTF-8 JSON in
// slices, whose buffers the host takes over without a copy (a structured clone of tens of
// thousands of objects, or of as much text, holds its thread up for a tenth of a second or
// more), and which are read a slice at a time, so the host's thread answers other calls in between. Ids
// the plan needed (new claims, evidence, articles) are numbered placeholders in the worker:
// the host's own newId gives them, in the order the plan asked for them.

import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportPlan } from '../../shared/import/plan-import';
import type { Article, Claim } from '../../shared/model';
import { deepFreeze } from '../library/claim-diff';
import type { ImportChanges } from './import-planning';

/** Claims per slice: each is taken in within a few milliseconds. */
const SLICE = 500;
/** No id kept from a file or made by ClaimMark holds a control character. */
const PLACEHOLDER = '\u0001new id ';

type Replacement = ImportPlan['updates'][number]['replaced'][number];

/** One slice of claims: UTF-8 JSON of a list. */
type Slice = Uint8Array<ArrayBuffer>;

export interface CarriedPlan {
  summary: ImportPlan['summary'];
  updates: { articleId: string; added: Slice[]; replaced: Slice[] }[];
  newArticles: { article: Article; claims: Slice[] }[];
  /** How many ids the plan asked for. */
  ids: number;
}

/** The worker's newId: placeholders, counted. */
export function placeholderIds(): { newId: () => string; count: () => number } {
  let given = 0;
  return { newId: () => `${PLACEHOLDER}${given++}`, count: () => given };
}

function sliced(items: readonly unknown[]): Slice[] {
  const encoder = new TextEncoder();
  const slices: Slice[] = [];
  for (let start = 0; start < items.length; start += SLICE) slices.push(encoder.encode(JSON.stringify(items.slice(start, start + SLICE))));
  return slices;
}

/** The buffers the worker hands over with the plan. */
export function planBuffers(carried: CarriedPlan): ArrayBuffer[] {
  const slices = [...carried.updates.flatMap(({ added, replaced }) => [...added, ...replaced]), ...carried.newArticles.flatMap(({ claims }) => claims)];
  return slices.map((slice) => slice.buffer);
}

export function carryPlan(plan: ImportChanges, ids: number): CarriedPlan {
  return {
    summary: plan.summary,
    updates: plan.updates.map(({ articleId, added, replaced }) => ({ articleId, added: sliced(added), replaced: sliced(replaced) })),
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
  const updates: ImportChanges['updates'] = [];
  for (const { articleId, added, replaced } of carried.updates) {
    updates.push({
      articleId,
      added: await taken(added, settled),
      replaced: await taken(replaced, ({ before, claim }: Replacement): Replacement => ({ before, claim: settled(claim) })),
    });
  }
  const newArticles: ImportChanges['newArticles'] = [];
  for (const { article, claims } of carried.newArticles) newArticles.push({ article: { ...article, id: real(article.id) }, claims: await taken(claims, settled) });
  const perArticle = carried.summary.perArticle.map((row) => ({ ...row, articleId: row.articleId === null ? null : real(row.articleId) }));
  return { summary: { ...carried.summary, perArticle }, updates, newArticles };
}
