// What each command does in the window: claim to claim, statuses, the note, evidence,
// deleting, selecting text, undo and redo, and the app's dialogs. Each leaves the focus on
// something that answers the next key: the highlight ring, a field, or the article.

import { useRef, type RefObject } from 'react';
import type { AppCommand } from '../../../shared/app-commands';
import type { Claim } from '../../../shared/model';
import type { SelectionCommand } from '../article/keyboard-selection';
import type { UndoableClaims } from '../state/use-undo';
import { claimIndex } from '../state/claims-since';
import { statusOfCommand } from './shortcuts';
import { useShortcuts } from './use-shortcuts';

export interface AppCommandTargets {
  ordered: readonly Claim[];
  selectedClaimId: string | null;
  selectClaim(claimId: string | null): void;
  claims: UndoableClaims;
  addClaim(): void;
  keyboardSelection: RefObject<((command: SelectionCommand) => boolean) | null>;
  openExport(): void;
  openHelp(): void;
  /** Says what a key needs first ("Select a claim first"). */
  tell(message: string): void;
}

const SELECT_FIRST = 'Select a claim first: J and K go from claim to claim.';

/** Runs `act` on the element once it is drawn (a card scrolled into a virtual list takes a frame or two). */
function whenDrawn(selector: string, act: (element: HTMLElement) => void, frames = 10): void {
  const element = document.querySelector<HTMLElement>(selector);
  if (element !== null) act(element);
  else if (frames > 0) requestAnimationFrame(() => whenDrawn(selector, act, frames - 1));
}

const cardOf = (claimId: string) => `.claim-card[data-claim-id="${CSS.escape(claimId)}"]`;
// The ring sits at the article's top left corner; the ring itself scrolls its claim into view.
export const focusRing = () => whenDrawn('.claim-focus', (ring) => ring.focus({ preventScroll: true }));

/** Where the focus goes when an action has left it nowhere: the highlight ring, else the toolbar. */
export function fallbackFocus(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.claim-focus') ?? document.querySelector<HTMLElement>('.app-header button');
}

export function useAppCommands(targets: AppCommandTargets): void {
  const latest = useRef(targets);
  latest.current = targets;

  const step = (by: number) => {
    const { ordered, selectedClaimId, selectClaim } = latest.current;
    if (ordered.length === 0) return;
    const at = claimIndex(ordered, selectedClaimId);
    const next = at < 0 ? (by > 0 ? ordered[0] : ordered.at(-1)) : ordered[Math.min(ordered.length - 1, Math.max(0, at + by))];
    if (next === undefined) return;
    selectClaim(next.id);
    focusRing();
  };

  const deleteSelected = async (claimId: string) => {
    const { ordered, claims, selectClaim } = latest.current;
    const at = claimIndex(ordered, claimId);
    const neighbour = ordered[at + 1] ?? ordered[at - 1] ?? null;
    if (!(await claims.deleteClaim(claimId))) return;
    selectClaim(neighbour?.id ?? null);
    if (neighbour !== null) focusRing();
    else fallbackFocus()?.focus({ preventScroll: true });
  };

  const inSelectedCard = (selector: string, act: (element: HTMLElement) => void) => {
    const { selectedClaimId, tell } = latest.current;
    if (selectedClaimId === null) tell(SELECT_FIRST);
    else whenDrawn(`${cardOf(selectedClaimId)} ${selector}`, act);
  };

  const run = (command: AppCommand) => {
    const { selectedClaimId: selected, claims, tell } = latest.current;
    const status = statusOfCommand(command);
    if (status !== null) {
      if (selected === null) tell(SELECT_FIRST);
      else void claims.setStatus(selected, status);
      return;
    }
    switch (command) {
      case 'undo':
        void claims.undo();
        return;
      case 'redo':
        void claims.redo();
        return;
      case 'next-claim':
        step(1);
        return;
      case 'previous-claim':
        step(-1);
        return;
      case 'focus-note':
        inSelectedCard('.field-note textarea', (note) => note.focus());
        return;
      case 'add-evidence':
        // The form focuses its address field when it opens.
        inSelectedCard('.evidence-add', (button) => button.click());
        return;
      case 'delete-claim':
        if (selected === null) tell(SELECT_FIRST);
        else void deleteSelected(selected);
        return;
      case 'select-sentence':
      case 'extend-selection':
      case 'trim-selection':
        if (latest.current.keyboardSelection.current?.(command) !== true) {
          tell(command === 'select-sentence' ? 'There is no text to select here.' : 'Select a sentence first: S selects the one you are reading.');
        }
        return;
      case 'add-claim':
        latest.current.addClaim();
        return;
      case 'open-article':
        document.querySelector<HTMLInputElement>('input[aria-label="Article file"]')?.click();
        return;
      case 'export':
        latest.current.openExport();
        return;
      case 'focus-search':
        document.querySelector<HTMLInputElement>('.library-search')?.focus();
        return;
      case 'help':
        latest.current.openHelp();
        return;
    }
  };

  useShortcuts(run, fallbackFocus);
}
