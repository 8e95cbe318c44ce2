// The list of claims under a click where several overlap ("3 claims here"). It takes the
// focus when it opens; the arrow keys, Home and End move through it, Enter picks, Escape closes.

import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Claim } from '../../../shared/model';

interface ClaimPickerProps {
  claimIds: readonly string[];
  claims: readonly Claim[];
  x: number;
  y: number;
  /** `byKeyboard`: picked with Enter or Space, so the keyboard's place moves with it. */
  onPick(claimId: string, byKeyboard: boolean): void;
  onClose(): void;
}

export function ClaimPicker({ claimIds, claims, x, y, onPick, onClose }: ClaimPickerProps) {
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  // The list is fixed on screen; a focus that scrolled the article under it would close it.
  useEffect(() => items()[0]?.focus({ preventScroll: true }), []);

  const onKeyDown = (event: KeyboardEvent) => {
    const all = items();
    const at = all.findIndex((item) => item === document.activeElement);
    const to: Readonly<Record<string, number>> = {
      ArrowDown: (at + 1) % all.length,
      ArrowUp: (at - 1 + all.length) % all.length,
      Home: 0,
      End: all.length - 1,
    };
    if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
      return;
    }
    const next = to[event.key];
    if (next === undefined) return;
    event.preventDefault();
    all[next]?.focus({ preventScroll: true });
  };

  return (
    <div ref={menu} className="claim-picker" role="menu" aria-label="Claims here" style={{ left: x, top: y }} onKeyDown={onKeyDown}>
      <p className="claim-picker-title">{claimIds.length} claims here</p>
      {claimIds.map((claimId) => (
        <button key={claimId} type="button" role="menuitem" tabIndex={-1} onClick={(event) => onPick(claimId, event.detail === 0)}>
          {claims.find((claim) => claim.id === claimId)?.selectors.quote.exact ?? claimId}
        </button>
      ))}
    </div>
  );
}
