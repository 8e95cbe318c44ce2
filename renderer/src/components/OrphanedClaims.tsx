// Claims whose text could not be found after the article changed. Each shows what it
// quoted and the closest text found, and can be put back on the candidate or on new text.

import type { Claim } from '../../../shared/model';
import type { ReattachTarget } from '../state/use-workspace';

interface OrphanedClaimsProps {
  orphans: readonly Claim[];
  canUseSelection: boolean;
  onReattach(claimId: string, target: ReattachTarget['kind']): void;
}

export function OrphanedClaims({ orphans, canUseSelection, onReattach }: OrphanedClaimsProps) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">Orphaned claims ({orphans.length})</h2>
      <p className="orphans-hint">
        The article changed and these quotes were not found. Accept the closest match, or select the right text in the
        article and re-attach.
      </p>
      <ol className="claim-list">
        {orphans.map((claim) => {
          const candidate = claim.anchor.candidate;
          return (
            <li key={claim.id} className="claim-card is-orphan" aria-label={`Orphaned claim: ${claim.selectors.quote.exact}`}>
              <blockquote className="claim-quote" dir="auto">
                {claim.selectors.quote.exact}
              </blockquote>
              {claim.note !== '' && <p className="orphan-note">Note: {claim.note}</p>}
              {candidate === null ? (
                <p className="orphan-candidate">No similar text was found.</p>
              ) : (
                <p className="orphan-candidate">
                  Closest match ({Math.round(candidate.score * 100)}%): <q dir="auto">{candidate.exact}</q>
                </p>
              )}
              <div className="claim-actions">
                {candidate !== null && (
                  <button type="button" onClick={() => onReattach(claim.id, 'candidate')}>
                    Accept match
                  </button>
                )}
                <button
                  type="button"
                  disabled={!canUseSelection}
                  title="Select the claim's text in the article first"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onReattach(claim.id, 'selection')}
                >
                  Re-attach to selection
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
