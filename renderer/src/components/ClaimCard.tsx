// One claim in the side panel. Collapsed (the default for all but the selected claim) it is
// one line: the quote, its status, its tags (small) and a button to open it. Open: the note
// too (saved as the analyst types); when selected, also the tags to edit, who made the claim
// (a person or an organisation), the claim as reviewed, its evidence and its status history;
// an imported claim says which tool it came from and its id there. A deletion can be undone, so it is not asked about.

import { memo, useMemo, useRef, useState } from 'react';
import type { Claim } from '../../../shared/model';
import { ORIGIN_TOOL_NAMES } from '../../../shared/origin-tools';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../shared/statuses';
import { STATUS_INFO } from '../../../shared/statuses';
import { saveLineText } from '../state/save-tracking';
import type { SaveState } from '../state/use-workspace';
import { AutosaveText } from './AutosaveText';
import { ClaimReviewPanel, reviewedOnTheseWords } from './ClaimReviewPanel';
import type { ClaimCardActions } from './ClaimPanel';
import { EvidenceList, type EvidenceDraft } from './EvidenceList';
import { CardToggle } from './CardToggle';
import { StatusHistory } from './StatusHistory';
import { StatusIcon } from './StatusIcon';
import { SelectField } from './SelectField';
import { ClaimantFields } from './ClaimantFields';
import { TagEditor, TagList } from './TagEditor';

interface ClaimCardProps {
  claim: Claim;
  /** Where the card is in the list (from 1), and how many there are: the list is virtual. */
  position: number;
  count: number;
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

/** "From Hypothesis: <its id there>" for an imported claim; null for one made here. */
function originLine(claim: Claim): string | null {
  return claim.origin === undefined ? null : `From ${ORIGIN_TOOL_NAMES[claim.origin.tool]}: ${claim.origin.id}`;
}

/** The status keys, for the status control's tooltip. */
const STATUS_KEYS_TITLE = `Status keys: ${CLAIM_STATUSES.map((status, at) => `${at + 1} ${CLAIM_STATUS_LABELS[status]}`).join(', ')}`;

export const ClaimCard = memo(function ClaimCard(props: ClaimCardProps) {
  const { claim, selected, saveState, actions } = props;
  const [expanded, setExpanded] = useState(false);
  const open = selected || expanded;
  const [typing, setTyping] = useState<ReadonlySet<string>>(new Set());
  const pressed = useRef(false);
  // The card's parts get the same functions for the claim's life, so a change of one field
  // (its status, say) redraws the part that shows it and not every field of the card.
  const { id } = claim;
  const handlers = useMemo(() => {
    const made = new Map<string, (pending: boolean) => void>();
    const pendingFor = (field: string) => {
      let told = made.get(field);
      if (told === undefined) {
        told = (pending: boolean) =>
          setTyping((current) => {
            if (current.has(field) === pending) return current;
            const next = new Set(current);
            if (pending) next.add(field);
            else next.delete(field);
            return next;
          });
        made.set(field, told);
      }
      return told;
    };
    const onFieldsChange = (fields: Parameters<ClaimCardActions['onFieldsChange']>[1]) => actions.onFieldsChange(id, fields);
    return {
      pendingFor,
      onFieldsChange,
      saveNote: (note: string) => onFieldsChange({ note }),
      saveTags: (tags: string[]) => onFieldsChange({ tags }),
      addEvidence: (draft: EvidenceDraft) => actions.onAddEvidence(id, draft),
      updateEvidence: (evidenceId: string, draft: EvidenceDraft) => actions.onUpdateEvidence(id, evidenceId, draft),
      deleteEvidence: (evidenceId: string) => actions.onDeleteEvidence(id, evidenceId),
    };
  }, [id, actions]);

  const badge = anchorBadge(claim);
  const quoteId = `claim-quote-${claim.id}`;
  const state = typing.size > 0 ? 'saving' : (saveState?.kind ?? 'saved');
  return (
    <li
      ref={props.measureRef}
      className={`claim-card status-${claim.status}${selected ? ' is-selected' : ''}${open ? '' : ' is-collapsed'}`}
      // The status's colour is set on the card's own border, not as a custom property that
      // every element in the card would inherit: a new status then restyles the card alone.
      // A selected card's border is the accent colour all round (.claim-card.is-selected).
      style={{ borderLeftColor: selected ? undefined : STATUS_INFO[claim.status].color }}
      aria-labelledby={quoteId}
      aria-current={selected ? 'true' : undefined}
      aria-posinset={props.position}
      aria-setsize={props.count}
      data-index={props.position - 1}
      data-claim-id={claim.id}
      onClick={() => actions.onSelect(claim.id)}
      // Tabbing into a card selects its claim, as a click does. A press of the mouse waits for
      // its click: selecting on the press would open the card's details under the pointer.
      onMouseDown={() => (pressed.current = true)}
      onFocus={() => {
        if (!pressed.current && !selected) actions.onSelect(claim.id);
        pressed.current = false;
      }}
    >
      <blockquote id={quoteId} className="claim-quote" dir="auto">
        {claim.selectors.quote.exact}
      </blockquote>
      {badge !== null && <p className="anchor-badge">{badge}</p>}
      <ClaimReviewPanel claim={claim} onReview={actions.onReview} />
      {/* A form of its own (never sent): Chromium's form filling reads the fields of a changed
          control's form, and a control in no form counts every field of the page outside one. */}
      <form className="claim-controls" onSubmit={(event) => event.preventDefault()}>
        <StatusIcon status={claim.status} />
        <SelectField label="Status" value={claim.status} values={CLAIM_STATUSES} labels={CLAIM_STATUS_LABELS} title={STATUS_KEYS_TITLE} onChange={(status: ClaimStatus) => actions.onStatusChange(claim.id, status)} />
        <kbd className="status-keys" aria-hidden="true" title={STATUS_KEYS_TITLE}>1–6</kbd>
        <span className={`save-state save-${state}`} role="status">
          {saveLineText(saveState, typing.size > 0)}
        </span>
        {!selected && <CardToggle open={expanded} onToggle={() => setExpanded(!expanded)} />}
      </form>
      {!selected && <TagList tags={claim.tags} />}
      {open && <AutosaveText
        label="Note"
        className="field-note"
        multiline
        value={claim.note}
        placeholder="Why is this claim verified or not? Sources, reasoning…"
        title="Note (N jumps here)"
        onSave={handlers.saveNote}
        onPendingChange={handlers.pendingFor('note')}
      />}
      {!open ? null : selected ? (
        <div className="claim-details">
          <TagEditor tags={claim.tags} onChange={handlers.saveTags} />
          <ClaimantFields
            claimant={claim.claimant}
            claimantType={claim.claimantType}
            claimReviewed={claim.claimReviewed}
            quote={claim.selectors.quote.exact}
            onFieldsChange={handlers.onFieldsChange}
            pendingFor={handlers.pendingFor}
          />
          <EvidenceList evidence={claim.evidence} onAdd={handlers.addEvidence} onUpdate={handlers.updateEvidence} onDelete={handlers.deleteEvidence} />
          <StatusHistory history={claim.history} />
          {claim.origin !== undefined && <p className="claim-summary claim-origin" dir="auto">{originLine(claim)}</p>}
        </div>
      ) : (
        (claim.evidence.length > 0 || claim.claimant !== null || claim.origin !== undefined) && (
          <p className="claim-summary" dir="auto">
            {[claim.claimant !== null ? `Claimant: ${claim.claimant}` : null, claim.evidence.length > 0 ? `${claim.evidence.length} evidence` : null, originLine(claim)]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )
      )}
      {open && <div className="claim-actions">
        <button type="button" className="quiet" title="Delete (Delete key); Undo brings it back" onClick={(event) => { event.stopPropagation(); actions.onDelete(claim.id); }}>
          Delete claim
        </button>
      </div>}
    </li>
  );
});
