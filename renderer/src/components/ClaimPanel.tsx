// The side panel: every claim of the article, in reading order.

import type { Claim, ClaimStatus } from '../../../shared/model';
import type { ClaimFields, EvidenceInput, ReattachTarget, SaveState } from '../state/use-workspace';
import { ClaimCard } from './ClaimCard';
import { OrphanedClaims } from './OrphanedClaims';

interface ClaimPanelProps {
  claims: readonly Claim[];
  selectedClaimId: string | null;
  saveStates: Readonly<Record<string, SaveState>>;
  onSelect(claimId: string): void;
  onStatusChange(claimId: string, status: ClaimStatus): void;
  onFieldsChange(claimId: string, fields: ClaimFields): Promise<boolean>;
  onAddEvidence(claimId: string, evidence: EvidenceInput): Promise<boolean>;
  onUpdateEvidence(claimId: string, evidenceId: string, evidence: EvidenceInput): Promise<boolean>;
  onDeleteEvidence(claimId: string, evidenceId: string): void;
  onDelete(claimId: string): void;
  canUseSelection: boolean;
  onReattach(claimId: string, target: ReattachTarget['kind']): void;
}

export function ClaimPanel(props: ClaimPanelProps) {
  const orphans = props.claims.filter((claim) => claim.anchor.state === 'orphaned');
  const ordered = props.claims.filter((claim) => claim.anchor.state === 'anchored').sort(
    (a, b) => a.selectors.position.start - b.selectors.position.start || a.selectors.position.end - b.selectors.position.end,
  );
  return (
    <aside className="claim-panel" aria-label="Claims">
      <OrphanedClaims orphans={orphans} canUseSelection={props.canUseSelection} onReattach={props.onReattach} />
      <h2>Claims</h2>
      {ordered.length === 0 && orphans.length === 0 ? (
        <p className="empty-hint">Select a sentence in the article, then press “Add claim” (or Ctrl+Enter).</p>
      ) : (
        <ol className="claim-list">
          {ordered.map((claim) => (
            <ClaimCard
              key={claim.id}
              claim={claim}
              selected={claim.id === props.selectedClaimId}
              saveState={props.saveStates[claim.id]}
              onSelect={() => props.onSelect(claim.id)}
              onStatusChange={(status) => props.onStatusChange(claim.id, status)}
              onFieldsChange={(fields) => props.onFieldsChange(claim.id, fields)}
              onAddEvidence={(draft) => props.onAddEvidence(claim.id, draft)}
              onUpdateEvidence={(evidenceId, draft) => props.onUpdateEvidence(claim.id, evidenceId, draft)}
              onDeleteEvidence={(evidenceId) => props.onDeleteEvidence(claim.id, evidenceId)}
              onDelete={() => props.onDelete(claim.id)}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
