// The side panel: every claim of the article, in reading order.

import type { Claim, ClaimStatus } from '../../../shared/model';
import type { SaveState } from '../state/use-workspace';
import { ClaimCard } from './ClaimCard';

interface ClaimPanelProps {
  claims: readonly Claim[];
  selectedClaimId: string | null;
  saveStates: Readonly<Record<string, SaveState>>;
  onSelect(claimId: string): void;
  onStatusChange(claimId: string, status: ClaimStatus): void;
  onNoteChange(claimId: string, note: string): Promise<boolean>;
  onDelete(claimId: string): void;
}

export function ClaimPanel(props: ClaimPanelProps) {
  const ordered = [...props.claims].sort(
    (a, b) => a.selectors.position.start - b.selectors.position.start || a.selectors.position.end - b.selectors.position.end,
  );
  return (
    <aside className="claim-panel" aria-label="Claims">
      <h2>Claims</h2>
      {ordered.length === 0 ? (
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
              onNoteChange={(note) => props.onNoteChange(claim.id, note)}
              onDelete={() => props.onDelete(claim.id)}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
