// One claim in the side panel: its quote, status and note (saved as the analyst types);
// when selected, also who made the claim, the claim as reviewed, its evidence and its
// status history. Deleting asks once more.

import { memo, useState, type CSSProperties } from 'react';
import type { Claim } from '../../../shared/model';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../shared/statuses';
import { STATUS_INFO } from '../../../shared/statuses';
import type { SaveState } from '../state/use-workspace';
import { AutosaveText } from './AutosaveText';
import { ClaimReviewPanel, reviewedOnTheseWords } from './ClaimReviewPanel';
import type { ClaimCardActions } from './ClaimPanel';
import { EvidenceList, type EvidenceDraft } from './EvidenceList';
import { StatusHistory } from './StatusHistory';
import { SelectField } from './SelectField';

interface ClaimCardProps {
  claim: Claim;
  /** Where the card is in the list (from 1), and how many there are: the list is virtual. */
  position: number;
  count: number;
  /** Pixels from the top of the list. */
  offset: number;
  /** Lets the list measure the drawn card. */
  measureRef(element: HTMLElement | null): void;
  selected: boolean;
  saveState: SaveState | undefined;
  actions: ClaimCardActions;
}

/** Says when the article changed and the claim now sits elsewhere or on slightly different text. */
function anchorBadge(claim: Claim): string | null {
  switch (claim.anchor.method) {
    case 'quote':
      return 'Moved: the article changed; same text, new place';
    case 'fuzzy':
      return reviewedOnTheseWords(claim) ? null : `Moved: matched ${Math.round((claim.anchor.score ?? 0) * 100)}% after the article changed`;
    case 're-attached':
      return reviewedOnTheseWords(claim) ? null : 'Re-attached by hand';
    case 'accepted':
      return reviewedOnTheseWords(claim) ? null : 'Put on the closest match you accepted';
    default:
      return null;
  }
}

function saveLabel(state: SaveState | undefined, typing: boolean): string {
  if (typing || state?.kind === 'saving') return 'Saving…';
  if (state?.kind === 'failed') return `Not saved: ${state.message}`;
  return 'Saved';
}

export const ClaimCard = memo(function ClaimCard(props: ClaimCardProps) {
  const { claim, selected, saveState, actions } = props;
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [typing, setTyping] = useState<ReadonlySet<string>>(new Set());
  const onFieldsChange = (fields: Parameters<ClaimCardActions['onFieldsChange']>[1]) => actions.onFieldsChange(claim.id, fields);

  const pendingFor = (field: string) => (pending: boolean) =>
    setTyping((current) => {
      const next = new Set(current);
      if (pending) next.add(field);
      else next.delete(field);
      return next;
    });

  const badge = anchorBadge(claim);
  const quoteId = `claim-quote-${claim.id}`;
  const state = typing.size > 0 ? 'saving' : (saveState?.kind ?? 'saved');
  return (
    <li
      ref={props.measureRef}
      className={`claim-card status-${claim.status}${selected ? ' is-selected' : ''}`}
      style={{ '--claim-color': STATUS_INFO[claim.status].color, transform: `translateY(${props.offset}px)` } as CSSProperties}
      aria-labelledby={quoteId}
      aria-current={selected ? 'true' : undefined}
      aria-posinset={props.position}
      aria-setsize={props.count}
      data-index={props.position - 1}
      data-claim-id={claim.id}
      onClick={() => actions.onSelect(claim.id)}
    >
      <blockquote id={quoteId} className="claim-quote" dir="auto">
        {claim.selectors.quote.exact}
      </blockquote>
      {badge !== null && <p className="anchor-badge">{badge}</p>}
      <ClaimReviewPanel claim={claim} onReview={actions.onReview} />
      <div className="claim-controls">
        <SelectField label="Status" value={claim.status} values={CLAIM_STATUSES} labels={CLAIM_STATUS_LABELS} onChange={(status: ClaimStatus) => actions.onStatusChange(claim.id, status)} />
        <span className={`save-state save-${state}`} role="status">
          {saveLabel(saveState, typing.size > 0)}
        </span>
      </div>
      <AutosaveText
        label="Note"
        className="field-note"
        multiline
        value={claim.note}
        placeholder="Why is this claim verified or not? Sources, reasoning…"
        onSave={(note) => onFieldsChange({ note })}
        onPendingChange={pendingFor('note')}
      />
      {selected ? (
        <div className="claim-details">
          <AutosaveText
            label="Claimant"
            value={claim.claimant ?? ''}
            placeholder="Who made the claim"
            onSave={(claimant) => onFieldsChange({ claimant })}
            onPendingChange={pendingFor('claimant')}
          />
          <AutosaveText
            label="Claim as reviewed"
            multiline
            rows={2}
            value={claim.claimReviewed ?? ''}
            placeholder={claim.selectors.quote.exact}
            onSave={(claimReviewed) => onFieldsChange({ claimReviewed })}
            onPendingChange={pendingFor('claimReviewed')}
          />
          <EvidenceList
            evidence={claim.evidence}
            onAdd={(draft: EvidenceDraft) => actions.onAddEvidence(claim.id, draft)}
            onUpdate={(evidenceId: string, draft: EvidenceDraft) => actions.onUpdateEvidence(claim.id, evidenceId, draft)}
            onDelete={(evidenceId: string) => actions.onDeleteEvidence(claim.id, evidenceId)}
          />
          <StatusHistory history={claim.history} />
        </div>
      ) : (
        (claim.evidence.length > 0 || claim.claimant !== null) && (
          <p className="claim-summary">
            {[claim.claimant !== null ? `Claimant: ${claim.claimant}` : null, claim.evidence.length > 0 ? `${claim.evidence.length} evidence` : null]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )
      )}
      <div className="claim-actions">
        {confirmingDelete ? (
          <>
            <span>Delete this claim?</span>
            <button type="button" className="danger" onClick={(event) => { event.stopPropagation(); actions.onDelete(claim.id); }}>
              Yes, delete
            </button>
            <button type="button" onClick={(event) => { event.stopPropagation(); setConfirmingDelete(false); }}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="quiet" onClick={(event) => { event.stopPropagation(); setConfirmingDelete(true); }}>
            Delete claim
          </button>
        )}
      </div>
    </li>
  );
});
