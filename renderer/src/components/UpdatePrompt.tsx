// Asks what to do with a file that is a changed version of an article already in the library.

import { useEffect, useRef } from 'react';
import type { UpdateOffer } from '../state/use-workspace';
import { ModalDialog } from './ModalDialog';

interface UpdatePromptProps {
  offer: UpdateOffer;
  onAnswer(answer: 'update' | 'add-new' | 'cancel'): void;
}

export function UpdatePrompt({ offer, onAnswer }: UpdatePromptProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <ModalDialog labelledBy="update-title" onEscape={() => onAnswer('cancel')}>
      <h2 id="update-title">A changed version of an article in your library</h2>
      <p>
        <strong>{offer.file.fileName}</strong> looks like a new version of “{offer.existingTitle}”, which has{' '}
        {offer.claimCount} {offer.claimCount === 1 ? 'claim' : 'claims'}, but its text differs.
      </p>
      <p>
        Updating replaces the article’s text and moves each claim to where its quote is now. Claims whose text cannot be
        found are kept as orphaned claims for you to re-attach; none is deleted.
      </p>
      <div className="modal-actions">
        <button ref={first} type="button" className="primary" onClick={() => onAnswer('update')}>
          Update and re-anchor claims
        </button>
        <button type="button" onClick={() => onAnswer('add-new')}>
          Add as a separate article
        </button>
        <button type="button" className="quiet" onClick={() => onAnswer('cancel')}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
