// The check of an answer against the shared contract before it leaves the host
// (host/api-dispatch.ts). An article's answer carries all its claims, thousands in a long
// transcript, and is asked for at every start and every switch back to the article; a claim
// the host holds is frozen all the way down (host/library/frozen-records.ts), so one that
// fitted the contract once still does, and only claims not checked before are checked again.

import { z } from 'zod';
import { apiContract } from '../shared/api';
import type { ApiMethod } from '../shared/api-methods';
import { isDeeplyFrozen } from './library/frozen-records';

export interface AnswerIssue {
  path: PropertyKey[];
  message: string;
}

/** Claims that fitted claimSchema when they were checked; only frozen ones are kept. */
const fittingClaims = new WeakSet<object>();

/** getArticle's contract, with its claims left to be read one by one (below). */
const articleAnswerSchema = apiContract.getArticle.output.extend({ claims: z.array(z.unknown()) });
const claimSchema = apiContract.getArticle.output.shape.claims.element;

const issuesOf = (issues: readonly z.core.$ZodIssue[], under: PropertyKey[] = []): AnswerIssue[] =>
  issues.map((issue) => ({ path: [...under, ...issue.path], message: issue.message }));

function articleAnswerIssues(value: unknown): AnswerIssue[] {
  const whole = articleAnswerSchema.safeParse(value);
  if (!whole.success) return issuesOf(whole.error.issues);
  const issues: AnswerIssue[] = [];
  whole.data.claims.forEach((claim, index) => {
    if (isDeeplyFrozen(claim) && fittingClaims.has(claim)) return;
    const checked = claimSchema.safeParse(claim);
    if (!checked.success) issues.push(...issuesOf(checked.error.issues, ['claims', index]));
    else if (isDeeplyFrozen(claim)) fittingClaims.add(claim);
  });
  return issues;
}

/** Where the answer does not fit the method's output contract; none when it fits. The answer is only read. */
export function answerIssues(method: ApiMethod, value: unknown): AnswerIssue[] {
  if (method === 'getArticle') return articleAnswerIssues(value);
  const fits = apiContract[method].output.safeParse(value);
  return fits.success ? [] : issuesOf(fits.error.issues);
}
