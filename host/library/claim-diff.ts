// What a claim change did, as journal ops. Claims in memory are frozen, so a change can only
// replace, add or remove them in the array it is given; comparing the array afterwards with
// the one before by identity finds what changed without looking at every claim's fields.

import { setImmediate as nextTurn } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import type { Claim } from '../../shared/model';
import { deepFreeze } from './frozen-records';
import type { ClaimOp } from './journal-codec';

/** Claims compared in one turn by claimOpsInTurns. */
const DIFF_SLICE = 5000;

export interface ClaimDiff {
  ops: ClaimOp[];
  claims: Claim[];
}

/**
 * The ops that turn `previous` into `next`, and `next` with an unchanged claim kept as the
 * object it was; null when no list of ops gives the same order (claims moved around, or a
 * new one put between others), and the whole file must be written instead.
 */
export function claimOps(previous: readonly Claim[], next: readonly Claim[]): ClaimDiff | null {
  const steps = diffSteps(previous, next);
  let step = steps.next();
  while (step.done !== true) step = steps.next();
  return step.value;
}

/** claimOps, letting other calls in every DIFF_SLICE claims: an import may add tens of thousands at once. */
export async function claimOpsInTurns(previous: readonly Claim[], next: readonly Claim[]): Promise<ClaimDiff | null> {
  const steps = diffSteps(previous, next);
  let step = steps.next();
  while (step.done !== true) {
    await nextTurn();
    step = steps.next();
  }
  return step.value;
}

/** claimOps' work, pausing (yield) after every DIFF_SLICE claims compared. */
function* diffSteps(previous: readonly Claim[], next: readonly Claim[]): Generator<void, ClaimDiff | null> {
  // Only the part between what stayed the same at the start and at the end is compared.
  let head = 0;
  while (head < previous.length && head < next.length && previous[head] === next[head]) head += 1;
  let tail = 0;
  while (tail < previous.length - head && tail < next.length - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail += 1;
  const before = previous.slice(head, previous.length - tail);
  const after = next.slice(head, next.length - tail);
  const earlier = new Map(before.map((claim, index) => [claim.id, { claim, index }]));
  const ops: ClaimOp[] = [];
  const ids = new Set<string>();
  // Replaying the ops keeps the claims that stay in place and adds new ones at the very end:
  // the claims kept must come first, in their order before, and the new ones after them.
  let inOrder = true;
  let added = 0;
  let lastKept = -1;
  // One pass over what changed, as an import may add tens of thousands of claims at once.
  const middle: Claim[] = [];
  for (const claim of after) {
    if (middle.length > 0 && middle.length % DIFF_SLICE === 0) yield;
    ids.add(claim.id);
    const was = earlier.get(claim.id);
    if (was === undefined) {
      added += 1;
    } else {
      if (added > 0 || was.index < lastKept) inOrder = false;
      lastKept = was.index;
      // A claim made anew (an edit, an import) that equals the one it replaces changes nothing.
      if (was.claim === claim || isDeepStrictEqual(was.claim, claim)) {
        middle.push(was.claim);
        continue;
      }
    }
    ops.push({ op: 'put', claim: deepFreeze(claim) });
    middle.push(claim);
  }
  if (ids.size !== middle.length) return null;
  for (const claim of before) if (!ids.has(claim.id)) ops.push({ op: 'delete', claimId: claim.id });
  if ((added > 0 && tail > 0) || !inOrder) return null;
  return { ops, claims: [...previous.slice(0, head), ...middle, ...previous.slice(previous.length - tail)] };
}
