// Asks what to do with a file that is a changed version of an article already in the library.

import { useEffect, useRef } from 'react';
import type { UpdateOffer } from '../state/use-workspace';

interface UpdatePromptProps {
  offer: UpdateOffer;
  onAnswer(answer: 'update' | 'add-new' | 'cancel'): void;
}

export function UpdatePrompt({ offer, onAnswer }: UpdatePromptProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="update-title"
        onKeyDown={(event) => event.key === 'Escape' && onAnswer('cancel')}
      >
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
      </div>
    </div>
  );
}
