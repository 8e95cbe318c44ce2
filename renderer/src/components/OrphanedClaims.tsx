// Claims whose text could not be found after the article changed. Each is a whole claim: its
// status, note, evidence and history stay visible and editable, it can be deleted, and it can
// be put back on the closest match found or on text the analyst selects.

import { useState } from 'react';
import type { Claim, ClaimStatus } from '../../../shared/model';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from '../../../shared/statuses';
import { saveLineText } from '../state/save-tracking';
import type { ReattachTarget, SaveState } from '../state/use-workspace';
import { AutosaveText } from './AutosaveText';
import type { ClaimCardActions } from './ClaimPanel';
import { EvidenceList } from './EvidenceList';
import { SelectField } from './SelectField';
import { StatusHistory } from './StatusHistory';

interface OrphanedClaimsProps {
  orphans: readonly Claim[];
  canUseSelection: boolean;
  onReattach(claimId: string, target: ReattachTarget['kind']): void;
  actions: ClaimCardActions;
  saveStates: Readonly<Record<string, SaveState>>;
}

function OrphanSaveLine({ state }: { state: SaveState | undefined }) {
  return (
    <span className={`save-state save-${state?.kind ?? 'saved'}`} role="status">
      {saveLineText(state)}
    </span>
  );
}

interface OrphanProps {
  claim: Claim;
  canUseSelection: boolean;
  onReattach: OrphanedClaimsProps['onReattach'];
  actions: ClaimCardActions;
  saveState: SaveState | undefined;
}

function OrphanedClaim({ claim, canUseSelection, onReattach, actions, saveState }: OrphanProps) {
  const [asking, setAsking] = useState(false);
  const candidate = claim.anchor.candidate;
  const id = claim.id;
  return (
    <li className="claim-card is-orphan" aria-label={`Orphaned claim: ${claim.selectors.quote.exact}`} data-orphan-id={id}>
      <blockquote className="claim-quote" dir="auto">
        {claim.selectors.quote.exact}
      </blockquote>
      {candidate === null ? (
        <p className="orphan-candidate">No similar text was found.</p>
      ) : (
        <p className="orphan-candidate">
          Closest match ({Math.round(candidate.score * 100)}%): <q dir="auto">{candidate.exact}</q>
        </p>
      )}
      <div className="claim-controls">
        <SelectField label="Status" value={claim.status} values={CLAIM_STATUSES} labels={CLAIM_STATUS_LABELS} onChange={(status: ClaimStatus) => actions.onStatusChange(id, status)} />
        <OrphanSaveLine state={saveState} />
      </div>
      <AutosaveText label="Note" className="field-note" multiline value={claim.note} onSave={(note) => actions.onFieldsChange(id, { note })} />
      <EvidenceList
        evidence={claim.evidence}
        onAdd={(draft) => actions.onAddEvidence(id, draft)}
        onUpdate={(evidenceId, draft) => actions.onUpdateEvidence(id, evidenceId, draft)}
        onDelete={(evidenceId) => actions.onDeleteEvidence(id, evidenceId)}
      />
      <StatusHistory history={claim.history} />
      <div className="claim-actions">
        {candidate !== null && (
          <button type="button" onClick={() => onReattach(id, 'candidate')}>
            Accept match
          </button>
        )}
        <button
          type="button"
          disabled={!canUseSelection}
          title="Select the claim's text in the article first"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onReattach(id, 'selection')}
        >
          Re-attach to selection
        </button>
        {asking ? (
          <span className="orphan-delete">
            Delete this orphaned claim?{' '}
            <button type="button" className="danger" onClick={() => actions.onDelete(id)}>
              Yes, delete
            </button>{' '}
            <button type="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
          </span>
        ) : (
          <button type="button" className="quiet" onClick={() => setAsking(true)}>
            Delete claim
          </button>
        )}
      </div>
    </li>
  );
}

export function OrphanedClaims({ orphans, canUseSelection, onReattach, actions, saveStates }: OrphanedClaimsProps) {
  if (orphans.length === 0) return null;
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">Orphaned claims ({orphans.length})</h2>
      <p className="orphans-hint">
        The article changed and these quotes were not found. Accept the closest match, or select the right text in the
        article and re-attach. Their status, note and evidence stay as they are.
      </p>
      <ol className="claim-list">
        {orphans.map((claim) => (
          <OrphanedClaim key={claim.id} claim={claim} canUseSelection={canUseSelection} onReattach={onReattach} actions={actions} saveState={saveStates[claim.id]} />
        ))}
      </ol>
    </section>
  );
}
