// One claim in the side panel: its quote, status, note (saved as the analyst types) and
// a delete action that asks once more before removing the claim.

import { useEffect, useRef, useState } from 'react';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type Claim, type ClaimStatus } from '../../../shared/model';
import type { SaveState } from '../state/use-workspace';

/** How long typing must pause before the note is saved. */
const NOTE_SAVE_DELAY_MS = 400;

interface ClaimCardProps {
  claim: Claim;
  selected: boolean;
  saveState: SaveState | undefined;
  onSelect(): void;
  onStatusChange(status: ClaimStatus): void;
  onNoteChange(note: string): Promise<boolean>;
  onDelete(): void;
}

/** Says when the article changed and the claim now sits elsewhere or on slightly different text. */
function anchorBadge(claim: Claim): string | null {
  switch (claim.anchor.method) {
    case 'quote':
      return 'Moved: the article changed; same text, new place';
    case 'fuzzy':
      return `Moved: matched ${Math.round((claim.anchor.score ?? 0) * 100)}% after the article changed`;
    case 're-attached':
      return 'Re-attached by hand';
    default:
      return null;
  }
}

function saveLabel(state: SaveState | undefined, dirty: boolean): string {
  if (dirty || state?.kind === 'saving') return 'Saving…';
  if (state?.kind === 'failed') return `Not saved: ${state.message}`;
  return 'Saved';
}

export function ClaimCard({ claim, selected, saveState, onSelect, onStatusChange, onNoteChange, onDelete }: ClaimCardProps) {
  const [draft, setDraft] = useState(claim.note);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);
  const cardRef = useRef<HTMLLIElement>(null);
  const saveNote = useRef(onNoteChange);
  saveNote.current = onNoteChange;

  const flush = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const note = pending.current;
    if (note === null) return;
    pending.current = null;
    void saveNote.current(note);
  };

  // A note typed just before the card goes away is still saved.
  useEffect(() => () => flush(), []);

  useEffect(() => {
    if (selected) cardRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selected]);

  const quoteId = `claim-quote-${claim.id}`;
  return (
    <li
      ref={cardRef}
      className={`claim-card status-${claim.status}${selected ? ' is-selected' : ''}`}
      aria-labelledby={quoteId}
      aria-current={selected ? 'true' : undefined}
      data-claim-id={claim.id}
      onClick={onSelect}
    >
      <blockquote id={quoteId} className="claim-quote" dir="auto">
        {claim.selectors.quote.exact}
      </blockquote>
      {anchorBadge(claim) !== null && <p className="anchor-badge">{anchorBadge(claim)}</p>}
      <div className="claim-controls">
        <label className="field">
          <span>Status</span>
          <select
            value={claim.status}
            onChange={(event) => onStatusChange(event.target.value as ClaimStatus)}
          >
            {CLAIM_STATUSES.map((status) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <span className={`save-state save-${pending.current !== null ? 'saving' : (saveState?.kind ?? 'saved')}`} role="status">
          {saveLabel(saveState, pending.current !== null)}
        </span>
      </div>
      <label className="field field-note">
        <span>Note</span>
        <textarea
          value={draft}
          rows={3}
          placeholder="Why is this claim verified or not? Sources, reasoning…"
          onChange={(event) => {
            setDraft(event.target.value);
            pending.current = event.target.value;
            if (timer.current !== null) clearTimeout(timer.current);
            timer.current = setTimeout(flush, NOTE_SAVE_DELAY_MS);
          }}
          onBlur={flush}
        />
      </label>
      <div className="claim-actions">
        {confirmingDelete ? (
          <>
            <span>Delete this claim?</span>
            <button type="button" className="danger" onClick={(event) => { event.stopPropagation(); onDelete(); }}>
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
}
