// The note that a claim was deleted, with Undo: deleting needs no confirmation, because
// the deletion can be taken back (here, or with the undo key) and the claim returns as it was.

import { useEffect } from 'react';
import type { Claim } from '../../../shared/model';
import { shortQuote } from '../state/undo-steps';

/** Long enough to read and reach with Tab; the undo key keeps working afterwards. */
const TOAST_SHOWN_MS = 12_000;

interface UndoToastProps {
  claim: Claim;
  /** The keys that undo, for the button's tooltip. */
  undoKeys: string;
  onUndo(): void;
  onDismiss(): void;
}

export function UndoToast({ claim, undoKeys, onUndo, onDismiss }: UndoToastProps) {
  useEffect(() => {
    const timer = setTimeout(onDismiss, TOAST_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [claim, onDismiss]);

  return (
    <div className="undo-toast" role="status" aria-label="Claim deleted">
      <span>Deleted claim {shortQuote(claim)}.</span>
      <button type="button" className="primary" title={`Undo (${undoKeys})`} onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="quiet" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
