// The service's claim edits: each reads what it needs from the store, applies the pure edit
// from shared/claims to the article's claims and saves them. The time and ids of an edit
// come from the service's options.

import type { ApiInput } from '../shared/api';
import * as claimEdits from '../shared/claims/claim-edits';
import { removeClaim, replaceClaim, restoreClaim as restoredClaims } from '../shared/claims/claim-list';
import type { EditContext, EditTime } from '../shared/claims/edit-context';
import * as evidenceEdits from '../shared/claims/evidence-edits';
import { settleReview } from '../shared/claims/review-edits';
import type { Claim, Evidence } from '../shared/model';
import type { ServiceOptions } from './service-options';

interface ClaimRef {
  articleId: string;
  claimId: string;
}

/** The time of an edit made now. */
function timeOf(options: ServiceOptions): EditTime {
  return { now: options.now().toISOString() };
}

function contextOf(options: ServiceOptions): EditContext {
  return { ...timeOf(options), newId: options.newId };
}

/** Replaces one claim with `edit` of it and saves its article. */
function changeClaim(options: ServiceOptions, ref: ClaimRef, edit: (current: Claim) => Claim): Promise<Claim> {
  return options.store.updateClaims(ref.articleId, (claims) => {
    const changed = replaceClaim(claims, ref.claimId, edit);
    claims.splice(0, claims.length, ...changed.claims);
    return changed.claim;
  });
}

export async function createClaim(options: ServiceOptions, input: ApiInput<'createClaim'>): Promise<Claim> {
  const { article } = await options.store.readArticle(input.articleId);
  const claim = claimEdits.newClaim(article, input, contextOf(options));
  await options.store.updateClaims(article.id, (claims) => {
    claims.push(claim);
  });
  return claim;
}

export async function updateClaim(options: ServiceOptions, input: ApiInput<'updateClaim'>): Promise<Claim> {
  const time = timeOf(options);
  return changeClaim(options, input, (current) => claimEdits.editClaim(current, input, time));
}

export async function addEvidence(options: ServiceOptions, input: ApiInput<'addEvidence'>): Promise<{ claim: Claim; evidence: Evidence }> {
  const context = contextOf(options);
  const evidence = evidenceEdits.newEvidence(input.evidence, context);
  const claim = await changeClaim(options, input, (current) => evidenceEdits.addEvidence(current, evidence, context));
  return { claim, evidence };
}

export async function updateEvidence(options: ServiceOptions, input: ApiInput<'updateEvidence'>): Promise<Claim> {
  const time = timeOf(options);
  return changeClaim(options, input, (current) => evidenceEdits.updateEvidence(current, input.evidenceId, input.evidence, time));
}

export async function deleteEvidence(options: ServiceOptions, input: ApiInput<'deleteEvidence'>): Promise<Claim> {
  const time = timeOf(options);
  return changeClaim(options, input, (current) => evidenceEdits.deleteEvidence(current, input.evidenceId, time));
}

export async function reattachClaim(options: ServiceOptions, input: ApiInput<'reattachClaim'>): Promise<Claim> {
  const { article } = await options.store.readArticle(input.articleId);
  const time = timeOf(options);
  return changeClaim(options, input, (current) => claimEdits.reattachClaim(current, article.text, input.target, time));
}

export async function reviewClaim(options: ServiceOptions, input: ApiInput<'reviewClaim'>): Promise<Claim> {
  const time = timeOf(options);
  return changeClaim(options, input, (current) => settleReview(current, input.status, time));
}

export async function deleteClaim(options: ServiceOptions, input: ApiInput<'deleteClaim'>): Promise<{ deletedClaimId: string }> {
  return options.store.updateClaims(input.articleId, (claims) => {
    claims.splice(0, claims.length, ...removeClaim(claims, input.claimId));
    return { deletedClaimId: input.claimId };
  });
}

export async function restoreClaim(options: ServiceOptions, input: ApiInput<'restoreClaim'>): Promise<Claim> {
  const { article } = await options.store.readArticle(input.articleId);
  return options.store.updateClaims(article.id, (claims) => {
    claims.splice(0, claims.length, ...restoredClaims(claims, input.claim, article.text));
    return input.claim;
  });
}
