// On a claim that moved onto other words: the words its status was given on beside those it
// holds now, the difference marked, and the analyst's two answers: keep the status, or give
// another with the card's status menu (shared/claims/review-edits.ts settles either way).

import type { Claim, ClaimStatus } from '../../../shared/model';
import { quoteDiff, type QuotePart } from '../../../shared/claims/quote-diff';
import { CLAIM_STATUS_LABELS } from '../../../shared/statuses';

interface ClaimReviewPanelProps {
  claim: Claim;
  onReview(claimId: string, status: ClaimStatus): void;
}

/** One side of the comparison: the parts of that quote, those it does not share marked. */
function QuoteSide({ parts, label, side }: { parts: readonly QuotePart[]; label: string; side: 'removed' | 'added' }) {
  const Mark = side === 'removed' ? 'del' : 'ins';
  return (
    <figure className={`review-quote review-${side}`}>
      <figcaption>{label}</figcaption>
      <blockquote dir="auto" aria-label={label}>
        {parts.map((part, index) =>
          part.kind === 'same' ? <span key={index}>{part.text}</span> : part.kind === side ? <Mark key={index}>{part.text}</Mark> : null,
        )}
      </blockquote>
    </figure>
  );
}

/** Whether the analyst has kept or given the claim's status on the words it holds now, after they moved. */
export function reviewedOnTheseWords(claim: Claim): boolean {
  return claim.review === null && claim.history.at(-1)?.quotes?.current === claim.selectors.quote.exact;
}

export function ClaimReviewPanel({ claim, onReview }: ClaimReviewPanelProps) {
  if (claim.review === null) return null;
  const parts = quoteDiff(claim.review.quote, claim.selectors.quote.exact);
  const status = CLAIM_STATUS_LABELS[claim.status];
  return (
    <section className="claim-review" aria-label="Needs review" onClick={(event) => event.stopPropagation()}>
      <p className="review-flag">
        <strong>Needs review</strong>: the article changed; {status} was given on other words.
      </p>
      <div className="review-quotes">
        <QuoteSide parts={parts} label="Reviewed" side="removed" />
        <QuoteSide parts={parts} label="Now" side="added" />
      </div>
      <div className="review-actions">
        <button type="button" onClick={() => onReview(claim.id, claim.status)}>
          Keep {status}
        </button>
        <span className="review-hint">or give it another status below.</span>
      </div>
    </section>
  );
}
